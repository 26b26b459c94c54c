using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Civitas.Platform.Web;

/// <summary>
/// The cookie TempData provider, minus one header: the layout reads TempData on every page (for the
/// status message), and the stock provider then answers every request with a Set-Cookie deleting a
/// TempData cookie the browser never had. A response with Set-Cookie is never output-cached, so no
/// anonymous page was ever served from the cache. The deletion is sent only when there is a cookie to delete.
/// </summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider inner) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName)) return;
        inner.SaveTempData(context, values!);
    }
}
