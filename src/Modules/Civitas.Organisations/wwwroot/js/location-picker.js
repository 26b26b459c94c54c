// Civitas – Organisations: a small map beside the latitude and longitude fields of the profile form.
// Clicking the map (or "place the pin at the centre", for keyboard users who pan with the arrow keys)
// fills the fields; typing in the fields moves the pin. The fields work without this script.
(function () {
    "use strict";
    var script = document.currentScript;
    var box = document.querySelector("[data-location-picker]");
    if (!box || !window.L || !script) {
        return;
    }
    var lat = document.querySelector("[data-location='lat']");
    var lng = document.querySelector("[data-location='lng']");
    if (!lat || !lng) {
        return;
    }
    box.hidden = false;
    var container = box.querySelector(".map");
    var map = L.map(container, { keyboard: true, zoomControl: false, maxZoom: 19 });
    // Leaflet's own zoom buttons are named in English; these carry the page's language.
    L.control.zoom({ zoomInTitle: script.getAttribute("data-label-zoom-in") || "", zoomOutTitle: script.getAttribute("data-label-zoom-out") || "" }).addTo(map);
    var tiles = script.getAttribute("data-tiles");
    if (tiles) {
        L.tileLayer(tiles, { attribution: script.getAttribute("data-attribution") || "", maxZoom: 19 }).addTo(map);
    }
    var outline = script.getAttribute("data-outline");
    if (outline) {
        fetch(outline).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) {
            if (g) {
                L.geoJSON(g, { interactive: false, style: { color: "#1d4e89", weight: 2, fill: true, fillOpacity: 0.04 } }).addTo(map);
            }
        }).catch(function () { /* the outline is decoration */ });
    }
    var districts = script.getAttribute("data-districts");
    if (districts) {
        fetch(districts).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) {
            if (g && g.features && g.features.length) {
                L.geoJSON(g, { interactive: false, style: { color: "#4a4a4a", weight: 1, dashArray: "4 3", fillOpacity: 0 } }).addTo(map);
            }
        }).catch(function () { /* optional layer */ });
    }

    function parse(input) {
        var v = parseFloat((input.value || "").replace(",", "."));
        return isFinite(v) ? v : null;
    }

    var marker = null;
    function place(latlng, fill) {
        if (!marker) {
            marker = L.marker(latlng, { draggable: true, keyboard: true, alt: script.getAttribute("data-label-marker") || "" }).addTo(map);
            marker.on("dragend", function () { place(marker.getLatLng(), true); });
        } else {
            marker.setLatLng(latlng);
        }
        if (fill) {
            lat.value = latlng.lat.toFixed(6);
            lng.value = latlng.lng.toFixed(6);
        }
    }

    var start = parse(lat) !== null && parse(lng) !== null ? L.latLng(parse(lat), parse(lng)) : null;
    if (start) {
        map.setView(start, 15);
        place(start, false);
    } else {
        map.setView([52.0, 19.4], 6);
    }
    map.on("click", function (e) { place(e.latlng, true); });

    var centre = document.createElement("button");
    centre.type = "button";
    centre.className = "button button-secondary button-small";
    centre.textContent = script.getAttribute("data-label-centre") || "";
    centre.addEventListener("click", function () { place(map.getCenter(), true); });
    var p = document.createElement("p");
    p.className = "inline-action";
    p.appendChild(centre);
    box.appendChild(p);

    function typed() {
        var a = parse(lat), b = parse(lng);
        if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
            place(L.latLng(a, b), false);
            map.panTo([a, b]);
        }
    }
    lat.addEventListener("change", typed);
    lng.addEventListener("change", typed);
})();
