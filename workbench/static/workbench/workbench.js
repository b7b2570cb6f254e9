// 工作台. The 记录进展 form is on the page once (<template id="wb-progress-form">): opening a row copies it into the
// row and fills in the row's measure, version and the statuses ledger.workflow allows from its current one (the
// row's data-version, data-status and data-statuses). Without JavaScript the button is a link that opens the row's
// form server-side (?record=<pk>).
const formFor = (row) => {
  const template = document.getElementById("wb-progress-form");
  if (!template) return null;
  const box = template.content.firstElementChild.cloneNode(true);
  const { measure, version, status, statuses } = row.dataset;
  const allowed = new Set(statuses.split(" "));
  const form = box.querySelector("form");
  box.id = `r${measure}`;
  form.setAttribute("action", `${form.getAttribute("action")}#m${measure}`);
  form.elements.measure.value = measure;
  form.elements.version.value = version;
  for (const option of [...form.elements.status.options]) {
    if (!allowed.has(option.value)) option.remove();
    else option.selected = option.value === status;
  }
  return box;
};

document.addEventListener("click", (event) => {
  const toggle = event.target instanceof Element && event.target.closest("a.wb-record-toggle");
  if (!toggle || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const row = toggle.closest(".wb-row");
  let box = row.querySelector(".wb-record");
  if (!box) {
    box = formFor(row);
    if (!box) return; // no template: follow the link
    box.hidden = true;
    toggle.after(box);
  }
  event.preventDefault();
  const open = box.hidden;
  box.hidden = !open;
  row.classList.toggle("wb-row-open", open);
  toggle.setAttribute("aria-expanded", String(open));
  if (open) box.querySelector("select, textarea").focus({ preventScroll: true });
});

// Show which files were chosen next to the 选择文件 / 拍照 buttons (the native text is hidden).
document.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file") return;
  const box = input.closest(".wb-files-pick");
  if (!box) return;
  const names = [...box.querySelectorAll("input[type=file]")].flatMap((i) => [...i.files].map((f) => f.name));
  box.querySelector(".wb-chosen").textContent = names.length ? `已选择${names.length}个：${names.join("、")}` : "未选择文件";
});
