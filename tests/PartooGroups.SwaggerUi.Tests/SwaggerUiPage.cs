using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PartooGroups.SwaggerUi.Tests;

/// <summary>
/// Swagger UI at <c>/swagger</c> as a person uses it: Authorize with an API key, then Try it out on an operation.
/// Every step goes through Playwright locators, which wait for the element they name.
/// </summary>
public sealed class SwaggerUiPage(IPage page)
{
    /// <summary>Generous, for a shared 2-core machine: a locator waits until its element is there, not this long.</summary>
    public const float TimeoutMs = 60_000;

    public static async Task<SwaggerUiPage> OpenAsync(IBrowser browser, Uri sandbox)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = sandbox.ToString() });
        page.SetDefaultTimeout(TimeoutMs);
        await page.GotoAsync("/swagger");
        return new SwaggerUiPage(page);
    }

    /// <summary>Authorize, the value of the scheme whose header is <paramref name="header"/>, Authorize in the dialog, Close.</summary>
    public async Task AuthorizeAsync(string header, string apiKey)
    {
        await page.Locator(".auth-wrapper .btn.authorize").ClickAsync();
        var scheme = page.Locator(".dialog-ux .auth-container").Filter(new LocatorFilterOptions { Has = page.Locator("code", new PageLocatorOptions { HasTextRegex = ExactText(header) }) });
        await scheme.Locator("input").FillAsync(apiKey);
        await scheme.Locator("button.authorize").ClickAsync();
        await Expect(scheme.Locator("button", new LocatorLocatorOptions { HasTextString = "Logout" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
        await page.Locator(".dialog-ux .modal-ux-header .close-modal").ClickAsync();
        await Expect(page.Locator(".dialog-ux")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = TimeoutMs });
    }

    /// <summary>Opens the operation <paramref name="tag"/>/<paramref name="operationId"/> and presses Try it out.</summary>
    public async Task<Operation> TryItOutAsync(string tag, string operationId)
    {
        var block = page.Locator($"#operations-{tag.Replace(' ', '_')}-{operationId}");
        await block.Locator(".opblock-summary-control").ClickAsync();
        await block.Locator(".try-out__btn").ClickAsync();
        return new Operation(block);
    }

    private static Regex ExactText(string text) => new($"^{Regex.Escape(text)}$");

    /// <summary>One operation block with Try it out pressed.</summary>
    public sealed class Operation(ILocator block)
    {
        public Task FillParameterAsync(string name, string value) =>
            block.Locator($"tr[data-param-name='{name}'] input").FillAsync(value);

        public Task FillBodyAsync(string json) => block.Locator("textarea.body-param__text").FillAsync(json);

        /// <summary>Execute; the live response's row (status cell and body) once it is shown.</summary>
        public async Task<LiveResponse> ExecuteAsync()
        {
            await block.Locator("button.execute").ClickAsync();
            var response = block.Locator(".responses-wrapper .live-responses-table .response");
            await Expect(response).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
            return new LiveResponse(response);
        }
    }

    /// <summary>The response Swagger UI shows after Execute.</summary>
    public sealed class LiveResponse(ILocator row)
    {
        public ILocator Status => row.Locator(".response-col_status");

        public ILocator Body => row.Locator(".response-col_description pre.microlight").First;
    }
}
