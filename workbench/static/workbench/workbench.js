// 工作台: show which files were chosen next to the 选择文件 / 拍照 buttons (the native text is hidden).
document.addEventListener("change", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== "file") return;
  const box = input.closest(".wb-files-pick");
  if (!box) return;
  const names = [...box.querySelectorAll("input[type=file]")].flatMap((i) => [...i.files].map((f) => f.name));
  box.querySelector(".wb-chosen").textContent = names.length ? `已选择${names.length}个：${names.join("、")}` : "未选择文件";
});
