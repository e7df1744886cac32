using System.Net;
using System.Text;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Wire;

/// <summary>
/// createGroup's and getGroup's 200s through real Kestrel: serialized before they are sent, so each goes out with a
/// <c>Content-Length</c> of its exact body and without chunked framing.
/// </summary>
public sealed class ResponseFramingTests(KestrelSandboxFactory sandbox) : IClassFixture<KestrelSandboxFactory>
{
    private readonly HttpClient _admin = sandbox.CreateClient(DemoData.OrgAdminKey);

    [Fact]
    public async Task CreateGroup_Success_IsSentWithTheContentLengthOfItsBody()
    {
        // Act
        var response = await _admin.PostGroupAsync(DemoData.CountrySection, GroupApi.Body(GroupApi.UniqueName(), "[]"));

        // Assert
        var id = await response.ShouldBeGroupCreatedAsync();
        ShouldBeSentWithContentLengthOf(response, $$"""{"status":"success","id":{{id}}}""");
    }

    [Fact]
    public async Task GetGroup_Success_IsSentWithTheContentLengthOfItsBody()
    {
        // Arrange
        var name = GroupApi.UniqueName();
        var id = await _admin.CreateGroupAsync(DemoData.CountrySection, name);
        var expected = $$"""{"id":{{id}},"name":{{JsonText.Quote(name)}},"has_puller":false,"business_ids":[]}""";

        // Act
        var response = await _admin.GetAsync(Routes.Group(DemoData.CountrySection, id), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, expected);
        ShouldBeSentWithContentLengthOf(response, expected);
    }

    /// <summary>The body is <paramref name="compactJson"/> byte for byte in length, announced up front, not chunked.</summary>
    private static void ShouldBeSentWithContentLengthOf(HttpResponseMessage response, string compactJson)
    {
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(Encoding.UTF8.GetByteCount(compactJson), response.Content.Headers.ContentLength);
    }
}
