// Keeps each job's progress bar (jobs/admin.py progress_widget) up to date from GET /api/jobs/{id}/ while the
// job is queued or running; reloads the page once one finishes, so its result and errors show.
(function () {
  "use strict";
  var ACTIVE = { queued: true, running: true };
  var INTERVAL_MS = 1500;

  function update(box, job) {
    box.dataset.state = job.state;
    box.querySelector(".tz-job-bar").value = job.progress;
    box.querySelector(".tz-job-percent").textContent = job.progress + "%";
    box.querySelector(".tz-job-state").textContent = job.state_display;
    box.querySelector(".tz-job-message").textContent = job.message;
  }

  function poll(box) {
    fetch(box.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (job) {
        update(box, job);
        if (ACTIVE[job.state]) {
          window.setTimeout(function () { poll(box); }, INTERVAL_MS);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // A network hiccup: try again later, more slowly.
        window.setTimeout(function () { poll(box); }, INTERVAL_MS * 4);
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".tz-job").forEach(function (box) {
      if (ACTIVE[box.dataset.state]) {
        window.setTimeout(function () { poll(box); }, INTERVAL_MS);
      }
    });
  });
})();
