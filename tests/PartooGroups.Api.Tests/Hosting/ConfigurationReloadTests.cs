using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Hosting;

/// <summary>
/// The sandbox reads its settings files once: no file watcher on its folder, which a database kept there would wake
/// on every write.
/// </summary>
public sealed class ConfigurationReloadTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Fact]
    public void SettingsFiles_AreNotReloadedOnChange()
    {
        // Arrange
        sandbox.CreateClient(apiKey: null).Dispose();
        var configuration = (IConfigurationRoot)sandbox.Services.GetRequiredService<IConfiguration>();

        // Act
        var files = configuration.Providers.OfType<FileConfigurationProvider>().Select(p => p.Source).ToList();

        // Assert
        Assert.Contains(files, source => source.Path == "appsettings.json");
        Assert.All(files, source => Assert.False(source.ReloadOnChange, $"{source.Path} is reloaded on change."));
    }
}
