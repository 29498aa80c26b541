// Progressive enhancement only: every page works without this file (the tables hold every figure).
(function () {
  'use strict';
  var palette = ['#1f5fa8', '#b3541e', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e00', '#c62828', '#37474f'];

  function drawChart(canvas) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = spec.series.map(function (s, i) {
      var colour = palette[i % palette.length];
      return {
        label: s.label,
        data: s.values.map(Number),
        backgroundColor: colour,
        borderColor: colour,
        fill: false
      };
    });
    new window.Chart(canvas, {
      type: spec.type,
      data: {labels: spec.labels, datasets: datasets},
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {title: {display: false}, legend: {position: 'bottom'}},
        scales: {x: {stacked: spec.stacked}, y: {stacked: spec.stacked, beginAtZero: true}}
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(drawChart);
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
