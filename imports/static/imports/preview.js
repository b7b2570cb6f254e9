// Import review: edit fields on demand, untick branches, post only the decisions.
(function () {
  const form = document.getElementById("review-form");
  const rows = Array.from(form.querySelectorAll("li.node"));
  const statuses = JSON.parse(document.getElementById("review-statuses").textContent);
  // The edit fields of a row are made when asked for: a compilation has thousands of rows.
  form.addEventListener("click", function (event) {
    const button = event.target.closest("button.edit-button");
    if (!button) return;
    const row = button.closest("li.node");
    if (row.querySelector(".edit")) return;
    const box = document.createElement("div");
    box.className = "edit";
    function field(text, control) {
      const label = document.createElement("label");
      label.append(text + " ", control);
      box.appendChild(label);
      return control;
    }
    function input(name, max) {
      const control = document.createElement("input");
      control.type = "text"; control.maxLength = max; control.dataset.field = name; control.value = row.dataset[name];
      return control;
    }
    const first = field("编号", input("label", 20));
    if (row.dataset.kind === "item") {
      field("标题", input("title", 500));
    } else {
      const select = document.createElement("select");
      select.dataset.field = "status";
      statuses.forEach(function (pair) { select.add(new Option(pair[1], pair[0], false, pair[0] === row.dataset.status)); });
      field("状态", select);
    }
    row.querySelector(".node-body").appendChild(box);
    first.focus();
  });
  // Unticking a branch unticks everything under it; ticking an item again ticks its ancestors back.
  form.addEventListener("change", function (event) {
    const box = event.target;
    if (!box.classList.contains("keep")) return;
    const row = box.closest("li.node");
    const id = row.dataset.node;
    rows.forEach(function (other) {
      const ancestors = other.dataset.ancestors.split(" ");
      const otherBox = other.querySelector("input.keep");
      if (otherBox.disabled) return;
      if (ancestors.includes(id)) otherBox.checked = box.checked;
      if (box.checked && row.dataset.ancestors.split(" ").includes(other.dataset.node)) otherBox.checked = true;
    });
    rows.forEach(function (r) { r.classList.toggle("dropped", !r.querySelector("input.keep").checked); });
  });
  const onlyFlagged = document.getElementById("only-flagged");
  if (onlyFlagged) {
    const flaggedAncestors = new Set();
    rows.forEach(function (row) {
      if (row.classList.contains("flagged")) row.dataset.ancestors.split(" ").forEach(function (a) { flaggedAncestors.add(a); });
    });
    rows.forEach(function (row) { if (flaggedAncestors.has(row.dataset.node)) row.classList.add("flag-ancestor"); });
    onlyFlagged.addEventListener("change", function () { form.classList.toggle("only-flagged", onlyFlagged.checked); });
  }
  // Post only the decisions: the highest unticked node of each branch, and the fields that were changed.
  form.addEventListener("submit", function () {
    const unticked = new Set(rows.filter(function (row) {
      const box = row.querySelector("input.keep");
      return !box.disabled && !box.checked;
    }).map(function (row) { return row.dataset.node; }));
    function hidden(name, value) {
      const input = document.createElement("input");
      input.type = "hidden"; input.name = name; input.value = value;
      form.appendChild(input);
    }
    rows.forEach(function (row) {
      const id = row.dataset.node;
      const ancestors = row.dataset.ancestors.split(" ").filter(Boolean);
      if (unticked.has(id) && !ancestors.some(function (a) { return unticked.has(a); })) hidden("drop", id);
    });
    form.querySelectorAll("[data-field]").forEach(function (control) {
      const row = control.closest("li.node");
      if (control.value !== row.dataset[control.dataset.field]) {
        hidden("edit-" + control.dataset.field + "-" + row.dataset.node, control.value);
      }
    });
  });
})();
