// Label each cell with its column heading, for the phone's card layout.
(function () {
  var table = document.getElementById("result_list");
  if (!table) return;
  var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.innerText.trim(); });
  Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
    Array.prototype.forEach.call(tr.cells, function (td, i) { if (heads[i] && i > 0) td.setAttribute("data-label", heads[i]); });
  });
})();
// The phone's filter button shows the filters above the list.
document.querySelectorAll("[data-tz-toggle-filters]").forEach(function (b) {
  b.addEventListener("click", function () { document.getElementById("changelist").classList.toggle("tz-filters-open"); });
});
