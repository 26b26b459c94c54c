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

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", focusAutofocusTarget);
    } else {
        focusAutofocusTarget();
    }
})();
