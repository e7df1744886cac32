using Microsoft.Playwright;

namespace PartooGroups.SwaggerUi.Tests;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) driven headless through Playwright; no
/// browser download. Without chromium the fixture fails every test that uses it.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException(
                $"The Swagger UI tests need chromium at {ExecutablePath}: apt-get install -y --no-install-recommends chromium (bash .ci/run does it).",
                ExecutablePath);
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
