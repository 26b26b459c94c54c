// Civitas – Organisations: the activity map (/mapa) and the small map of a profile.
// Progressive enhancement: the same organisations are listed on the page without this script.
// Works without map tiles (the outline of Poland and the JST's districts are drawn as vectors);
// every marker and cluster can be reached with Tab and opened with Enter (Leaflet's keyboard option).
(function () {
    "use strict";
    var script = document.currentScript;
    if (!window.L || !script) {
        return;
    }
    var attr = function (name) { return script.getAttribute(name) || ""; };
    L.Icon.Default.imagePath = attr("data-icons");

    function base(container) {
        var fallback = container.querySelector(".map-fallback");
        if (fallback) {
            fallback.remove();
        }
        // maxZoom on the map itself: without a tile layer (the default) Leaflet knows none, and
        // markercluster refuses to start ("Map has no maxZoom specified").
        var map = L.map(container, { keyboard: true, zoomControl: false, maxZoom: 19 });
        // Leaflet's own zoom buttons are named in English; these carry the page's language.
        L.control.zoom({ zoomInTitle: attr("data-label-zoom-in"), zoomOutTitle: attr("data-label-zoom-out") }).addTo(map);
        if (attr("data-tiles")) {
            L.tileLayer(attr("data-tiles"), { attribution: attr("data-attribution"), maxZoom: 19 }).addTo(map);
        }
        if (attr("data-outline")) {
            fetch(attr("data-outline")).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) {
                if (g) {
                    L.geoJSON(g, { interactive: false, style: { color: "#1d4e89", weight: 2, fillOpacity: 0.04 } }).addTo(map);
                }
            }).catch(function () { /* decoration only */ });
        }
        return map;
    }

    function districts(map, fit) {
        if (!attr("data-districts")) {
            return Promise.resolve(null);
        }
        return fetch(attr("data-districts")).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) {
            if (!g || !g.features || g.features.length === 0) {
                return null;
            }
            // The district's name follows the mouse. Not bindTooltip: it listens for focus on each
            // polygon, and Chromium then puts every polygon in the Tab order, unnamed and often off
            // screen. Keyboard and screen-reader users have the districts in the filter's list.
            var tip = L.tooltip({ direction: "top" });
            var layer = L.geoJSON(g, {
                style: { color: "#4a4a4a", weight: 1.5, dashArray: "4 3", fillOpacity: 0.03 },
                onEachFeature: function (feature, l) {
                    var name = feature.properties && feature.properties.name;
                    if (name) {
                        l.on("mouseover mousemove", function (e) { tip.setLatLng(e.latlng).setContent(name).openOn(map); });
                        l.on("mouseout", function () { map.closeTooltip(tip); });
                    }
                }
            }).addTo(map);
            if (fit) {
                map.fitBounds(layer.getBounds(), { padding: [10, 10] });
            }
            return layer;
        }).catch(function () { return null; });
    }

    function format(template, value) {
        return template.replace("{0}", value);
    }

    // The activity map.
    var container = document.querySelector("[data-map]");
    if (container) {
        var status = document.querySelector("[data-map-status]");
        var say = function (text) { if (status) { status.textContent = text; } };
        var map = base(container);
        map.setView([52.0, 19.4], 6);
        say(attr("data-label-loading"));
        var clusters = L.markerClusterGroup({
            chunkedLoading: true,
            showCoverageOnHover: false,
            iconCreateFunction: function (cluster) {
                var n = cluster.getChildCount();
                var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
                var label = format(attr("data-label-cluster"), n);
                return L.divIcon({
                    html: "<span aria-hidden=\"true\">" + n + "</span><span class=\"visually-hidden\">" + label.replace(/[<>&"]/g, "") + "</span>",
                    className: "cluster-icon " + size,
                    iconSize: size === "small" ? [32, 32] : size === "medium" ? [40, 40] : [48, 48]
                });
            }
        });
        map.addLayer(clusters);

        var districtsLoaded = districts(map, false);
        fetch(container.getAttribute("data-points")).then(function (r) {
            if (!r.ok) {
                throw new Error(String(r.status));
            }
            return r.json();
        }).then(function (data) {
            var p = data.p, scale = data.scale, id = 0, markers = [];
            for (var i = 0; i + 3 < p.length; i += 4) {
                id += p[i];
                var lat = data.lat0 + p[i + 1] / scale, lng = data.lng0 + p[i + 2] / scale;
                var m = L.marker([lat, lng], { keyboard: true, alt: attr("data-label-marker"), title: attr("data-label-marker") });
                m.listingId = id;
                markers.push(m);
            }
            clusters.addLayers(markers);
            say(format(attr("data-label-loaded"), data.count));
            if (markers.length > 0) {
                map.fitBounds(clusters.getBounds(), { padding: [20, 20], maxZoom: 15 });
            } else {
                districtsLoaded.then(function (layer) { if (layer) { map.fitBounds(layer.getBounds()); } });
            }
        }).catch(function () {
            say(attr("data-label-failed"));
        });

        function showPopup(e) {
            var marker = e.layer;
            if (!marker || marker.listingId === undefined) {
                return;
            }
            fetch(container.getAttribute("data-point") + marker.listingId).then(function (r) { return r.ok ? r.json() : null; }).then(function (info) {
                if (!info) {
                    return;
                }
                var box = document.createElement("div");
                var title = document.createElement("p");
                var link = document.createElement("a");
                link.href = info.url;
                link.textContent = info.name;
                title.appendChild(link);
                var meta = document.createElement("p");
                meta.textContent = info.city + " · " + (info.verified ? attr("data-label-verified") : attr("data-label-unverified"));
                box.appendChild(title);
                box.appendChild(meta);
                marker.bindPopup(box).openPopup();
                marker.getElement() && marker.getElement().setAttribute("alt", info.name);
                link.focus();
            });
        }
        clusters.on("click", showPopup);
        // Enter on a focused marker is a "keypress" for Leaflet, not a click (only bindPopup handles it).
        clusters.on("keypress", function (e) {
            if (e.originalEvent && e.originalEvent.key === "Enter") {
                showPopup(e);
            }
        });
    }

    // The small map of a profile.
    var point = document.querySelector("[data-map-point]");
    if (point) {
        var lat = parseFloat(point.getAttribute("data-lat")), lng = parseFloat(point.getAttribute("data-lng"));
        var small = base(point);
        small.setView([lat, lng], 15);
        L.marker([lat, lng], { keyboard: false, alt: "" }).addTo(small);
        districts(small, false);
    }
})();
