// Civitas: small progressive enhancements only. Every flow works without this file.
(function () {
    "use strict";

    // Move focus to the error summary or status message after a submission, so that screen-reader
    // and keyboard users land on what changed (GOV.UK error summary pattern, WCAG 3.3.1).
    function focusAutofocusTarget() {
        var target = document.querySelector("[data-autofocus='true']");
        if (target) {
            target.focus();
        }
    }

    // Error summary links move focus to the field, not only scroll to it.
    document.addEventListener("click", function (event) {
        var link = event.target.closest(".error-summary a[href^='#']");
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute("href").substring(1));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({ block: "center" });
        }
    });

    // Forms marked data-once disable their submit buttons after the first submission: a double click
    // sends one request (the server is idempotent anyway).
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.hasAttribute("data-once")) {
            return;
        }
        if (form.dataset.submitted === "true") {
            event.preventDefault();
            return;
        }
        form.dataset.submitted = "true";
        form.querySelectorAll("button[type='submit'], input[type='submit']").forEach(function (b) {
            b.setAttribute("aria-disabled", "true");
        });
    });

    // A data table wider than the screen scrolls sideways inside .table-wrap (WCAG 1.4.10 allows
    // that for tables). Such a scroller must be reachable and scrollable with the keyboard and
    // announced with a name (WCAG 2.1.1, 4.1.2), so it becomes a focusable group named after the
    // table's caption, only while it actually scrolls: a table that fits adds no Tab stop. (A group,
    // not a region: a landmark would often repeat the name of the section around it.) Without
    // this file current browsers make scrollers focusable themselves. Markup that already sets
    // tabindex is left alone.
    function markScrollingTables() {
        document.querySelectorAll(".table-wrap").forEach(function (wrap) {
            var marked = wrap.dataset.scrollRegion === "true";
            if (!marked && wrap.hasAttribute("tabindex")) {
                return;
            }
            var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
            if (scrolls && !marked) {
                var caption = wrap.querySelector("caption");
                wrap.setAttribute("tabindex", "0");
                wrap.setAttribute("role", "group");
                if (caption && caption.id) {
                    wrap.setAttribute("aria-labelledby", caption.id);
                } else if (caption) {
                    wrap.setAttribute("aria-label", caption.textContent.trim());
                }
                wrap.dataset.scrollRegion = "true";
            } else if (!scrolls && marked) {
                ["tabindex", "role", "aria-labelledby", "aria-label"].forEach(function (a) { wrap.removeAttribute(a); });
                delete wrap.dataset.scrollRegion;
            }
        });
    }

    var resizeQueued = false;
    window.addEventListener("resize", function () {
        if (resizeQueued) {
            return;
        }
        resizeQueued = true;
        window.requestAnimationFrame(function () {
            resizeQueued = false;
            markScrollingTables();
        });
    });
    document.addEventListener("htmx:afterSettle", markScrollingTables);

    function start() {
        markScrollingTables();
        focusAutofocusTarget();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
