// 台账视图: collapsible groups, row selection for bulk edits, the edit dialog and printing.
(function () {
  document.querySelectorAll("[data-tz-print]").forEach(function (b) { b.addEventListener("click", function () { window.print(); }); });
  var table = document.getElementById("tz-sheet");
  if (!table) return;
  function rowsOf(kind, id) { return table.querySelectorAll("tr[data-" + kind + "='" + id + "']"); }
  function setGroup(button, open) {
    var tr = button.closest("tr"), kind = button.dataset.tzGroup, id = tr.dataset[kind];
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = open ? "▾" : "▸";
    rowsOf(kind, id).forEach(function (r) {
      if (r === tr) return;
      r.classList.toggle("tz-hidden", !open);
      var inner = r.querySelector(".tz-toggle");
      if (inner && open) { inner.setAttribute("aria-expanded", "true"); inner.textContent = "▾"; }
    });
  }
  table.addEventListener("click", function (e) {
    var t = e.target.closest(".tz-toggle");
    if (t) setGroup(t, t.getAttribute("aria-expanded") !== "true");
  });
  document.querySelectorAll("[data-tz-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      var open = b.dataset.tzAll === "expand";
      table.querySelectorAll(".tz-toggle").forEach(function (t) {
        t.setAttribute("aria-expanded", open ? "true" : "false"); t.textContent = open ? "▾" : "▸";
      });
      table.querySelectorAll("tbody tr").forEach(function (r) {
        var top = r.classList.contains("tz-aspect") || (r.classList.contains("tz-problem") && r.dataset.aspect === "0");
        r.classList.toggle("tz-hidden", !open && !top);
      });
    });
  });
  var all = document.getElementById("tz-select-all"), count = document.getElementById("tz-selected");
  var panel = document.getElementById("tz-bulk-panel");
  function updateCount() {
    var n = table.querySelectorAll("input[name=ids]:checked").length;
    if (count) count.textContent = "已选 " + n + " 项";
    if (panel && n) panel.open = true;  // selecting rows brings up the bulk form
  }
  if (all) all.addEventListener("change", function () {
    table.querySelectorAll("tr:not(.tz-hidden) input[name=ids]").forEach(function (c) { c.checked = all.checked; });
    updateCount();
  });
  table.addEventListener("change", function (e) { if (e.target.name === "ids") updateCount(); });
  var dialog = document.getElementById("tz-edit");
  if (!dialog) return;
  var f = dialog.querySelector("form");
  table.addEventListener("click", function (e) {
    var b = e.target.closest(".tz-edit-open");
    if (!b) return;
    var d = b.closest("tr").dataset;
    f.elements.id.value = d.id; f.elements.version.value = d.version; f.elements.status.value = d.status;
    f.elements.deadline.value = d.deadline; f.elements.responsible_leader.value = d.leader;
    f.elements.lead_unit.value = d.lead; f.elements.responsible_units.value = d.units; f.elements.note.value = "";
    document.getElementById("tz-edit-title").textContent = "编辑：" + d.title;
    dialog.showModal();
  });
  document.getElementById("tz-edit-cancel").addEventListener("click", function () { dialog.close(); });
})();
