using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>
/// Watches one browser context for what must never happen on any page: a request that leaves the
/// app's origin (CDN, web fonts, analytics), a console error, an uncaught script error, a failed
/// request, a response of 500 or more, a missing sub-resource (4xx on a script, style or image), and
/// a page that loaded without an axe check. <see cref="BrowserTest"/> checks it after every visit
/// and at the end of every test.
/// </summary>
public sealed class PageGuard
{
    private readonly object _lock = new();
    private readonly List<string> _problems = [];
    private readonly Uri _origin;
    private readonly IPage _page;
    private readonly HashSet<string> _expectedDocumentErrors = new(StringComparer.Ordinal);
    private string? _uncheckedPage;
    private int? _expectedDocumentStatus;
    private readonly HashSet<string> _downloads = new(StringComparer.Ordinal);

    public PageGuard(IBrowserContext context, IPage page, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        _origin = origin;
        _page = page;
        context.Request += (_, r) =>
        {
            if (!IsAppOrigin(r.Url)) Add($"request left the app's origin: {r.Method} {r.Url}");
        };
        context.RequestFailed += (_, r) =>
        {
            // Chromium reports a file download (Content-Disposition: attachment) as an aborted
            // request once the file is handed to the download manager: that is not a failure.
            lock (_lock)
            {
                if (r.Failure == "net::ERR_ABORTED" && _downloads.Contains(r.Url)) return;
            }
            Add($"request failed: {r.Method} {r.Url} ({r.Failure})");
        };
        context.Response += (_, r) => OnResponse(r);
        WatchPage(page);
        // Pages opened later (axe-core opens a blank one to finish its run) are watched too.
        context.Page += (_, p) => { if (p != page) WatchPage(p); };
        page.Load += (_, p) => OnLoad(p.Url);
    }

    /// <summary>Everything seen so far that should not have happened.</summary>
    public IReadOnlyList<string> Problems
    {
        get { lock (_lock) return [.. _problems]; }
    }

    /// <summary>Fails the test if anything went wrong so far.</summary>
    public void AssertClean(string when)
    {
        var problems = Problems;
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"The browser saw {problems.Count} problem(s) {when}:\n  - " + string.Join("\n  - ", problems));
        }
    }

    /// <summary>Removes and returns what was recorded (for the tests of the guard itself).</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_lock)
        {
            var taken = _problems.ToList();
            _problems.Clear();
            return taken;
        }
    }

    /// <summary>The next main document is expected to answer with the error <paramref name="status"/>
    /// (a 404 page): Chromium's console message about that answer is not a problem.</summary>
    internal void ExpectDocumentStatus(int status)
    {
        lock (_lock) _expectedDocumentStatus = status;
    }

    /// <summary>Called by the axe helper: the page now loaded has been checked.</summary>
    internal void MarkChecked()
    {
        lock (_lock) _uncheckedPage = null;
    }

    /// <summary>The page loaded last and not yet checked by axe, if any.</summary>
    internal string? UncheckedPage
    {
        get { lock (_lock) return _uncheckedPage; }
    }

    private void OnLoad(string url)
    {
        lock (_lock)
        {
            if (_uncheckedPage is not null)
            {
                _problems.Add($"{_uncheckedPage} was left without an axe check: visit pages with GoToAsync/FollowAsync, which run axe on every page");
            }
            _uncheckedPage = url;
        }
    }

    private void WatchPage(IPage page)
    {
        page.Console += (_, m) =>
        {
            if (m.Type != "error") return;
            var location = m.Location ?? "";
            lock (_lock)
            {
                // Chromium logs "Failed to load resource: ... 404" for a document that answered with
                // the error a journey asked for (the 404 page): that is the expected answer, not a fault.
                if (m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                    && _expectedDocumentErrors.Any(u => location == u || location.StartsWith(u + ":", StringComparison.Ordinal))) return;
                _problems.Add($"console error on {page.Url}: {m.Text} ({location})");
            }
        };
        page.PageError += (_, e) => Add($"uncaught script error on {page.Url}: {e}");
    }

    private void OnResponse(IResponse response)
    {
        if (response.Status >= 500)
        {
            Add($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            return;
        }
        // A main document may answer 4xx on purpose (the 404 page; the visit helper checks the status
        // it expects). A script, style sheet, image or font must never be missing.
        if (response.Status < 400)
        {
            if (response.Headers.TryGetValue("content-disposition", out var disposition) && disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            {
                lock (_lock) _downloads.Add(response.Url);
            }
            return;
        }
        if (!IsMainDocument(response))
        {
            Add($"HTTP {response.Status} for {response.Request.ResourceType} {response.Url}");
            return;
        }
        lock (_lock)
        {
            if (_expectedDocumentStatus == response.Status)
            {
                _expectedDocumentErrors.Add(response.Url);
                _expectedDocumentStatus = null;
            }
        }
    }

    private bool IsMainDocument(IResponse response)
    {
        try
        {
            return response.Request.IsNavigationRequest && response.Frame == _page.MainFrame;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    private bool IsAppOrigin(string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url == "about:blank") return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var u)
            && u.Scheme == _origin.Scheme && u.Host == _origin.Host && u.Port == _origin.Port;
    }

    private void Add(string problem)
    {
        lock (_lock) _problems.Add(problem);
    }
}
