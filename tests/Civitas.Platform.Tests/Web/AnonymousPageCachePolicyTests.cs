using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Web;

public sealed class AnonymousPageCachePolicyTests
{
    private static readonly TenantInfo Tenant = new(Guid.CreateVersion7(), "gmina", "Gmina", TenantKind.Municipality, MunicipalityType.Rural,
        "0201022", null, null, null, null, null, "#1d4e89", "#b3261e", true, 1);

    private static readonly IOutputCachePolicy Policy = new AnonymousPageCachePolicy();

    private static OutputCacheContext Context(string method = "GET", string? cookie = null)
    {
        var services = new ServiceCollection();
        services.AddScoped<ITenantContext, TenantContext>();
        var provider = services.BuildServiceProvider().CreateScope().ServiceProvider;
        provider.GetRequiredService<ITenantContext>().Set(Tenant);
        var http = new DefaultHttpContext { RequestServices = provider };
        http.Request.Method = method;
        http.Request.Host = new HostString("gmina.example");
        if (cookie is not null) http.Request.Headers.Cookie = cookie;
        return new OutputCacheContext { HttpContext = http };
    }

    [Fact]
    public async Task An_anonymous_GET_is_cached_per_host_and_tagged_with_its_tenant()
    {
        var context = Context();
        await Policy.CacheRequestAsync(context, default);
        Assert.True(context.EnableOutputCaching);
        Assert.True(context.AllowCacheLookup);
        Assert.True(context.AllowCacheStorage);
        Assert.True(context.CacheVaryByRules.VaryByHost);
        Assert.Contains(AnonymousPageCachePolicy.TenantTag(Tenant.Id), context.Tags);
    }

    [Theory]
    [InlineData("POST", null)]
    [InlineData("GET", "sign-in")]
    [InlineData("GET", "status-message")]
    public async Task A_post_a_signed_in_request_or_a_waiting_status_message_bypasses_the_cache(string method, string? cookie)
    {
        var context = Context(method, cookie switch
        {
            "sign-in" => CookieNames.Identity + "=CfDJ8abc",
            "status-message" => CookieTempDataProvider.CookieName + "=CfDJ8abc",
            _ => null,
        });
        await Policy.CacheRequestAsync(context, default);
        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task Language_and_display_preferences_are_part_of_the_cache_key()
    {
        var plain = Context();
        var english = Context(cookie: ".AspNetCore.Culture=c%3Den%7Cuic%3Den; " + CookieNames.Contrast + "=high");
        await Policy.CacheRequestAsync(plain, default);
        await Policy.CacheRequestAsync(english, default);
        Assert.NotEqual(plain.CacheVaryByRules.VaryByValues["prefs"], english.CacheVaryByRules.VaryByValues["prefs"]);
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_stored()
    {
        var context = Context();
        await Policy.CacheRequestAsync(context, default);
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        context.HttpContext.Response.Headers.SetCookie = "anything=1; path=/";
        await Policy.ServeResponseAsync(context, default);
        Assert.False(context.AllowCacheStorage);
    }

    [Theory]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status500InternalServerError)]
    public async Task Only_a_plain_success_is_stored(int status)
    {
        var context = Context();
        await Policy.CacheRequestAsync(context, default);
        context.HttpContext.Response.StatusCode = status;
        await Policy.ServeResponseAsync(context, default);
        Assert.False(context.AllowCacheStorage);
    }
}
