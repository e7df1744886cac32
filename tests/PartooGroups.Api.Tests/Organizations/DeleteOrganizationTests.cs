using System.Net;
using System.Text;
using PartooGroups.Api.Tests.Businesses;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Organizations;

public sealed class DeleteOrganizationTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private const string Refused =
        """{"errors":{"json":"The organization still has businesses or users. Send force=True to delete them with it."}}""";

    [Fact]
    public async Task DeleteOrganization_EmptyWithoutBody_Returns200AndOrganizationIsGone()
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox);
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.DeleteAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        var read = await client.GetAsync(OrganizationApi.Organization(orgId), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteOrganization_WithBusinessesWithoutForce_Returns400AndKeepsIt()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.ProviderKey);

        // Act
        var response = await client.DeleteAsync(OrganizationApi.Organization(DemoData.Org2), TestContext.Current.CancellationToken);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Refused);
        var read = await client.GetAsync(OrganizationApi.Organization(DemoData.Org2), TestContext.Current.CancellationToken);
        await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("?force=false", null)]
    [InlineData("?force=False", null)]
    [InlineData("", """{"force":"False"}""")]
    [InlineData("", """{"force":false}""")]
    [InlineData("", "{}")]
    public async Task DeleteOrganization_WithBusinessesAndForceFalse_Returns400(string query, string? body)
    {
        var response = await SendDeleteAsync(OrganizationApi.Organization(DemoData.Org2) + query, body);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Refused);
    }

    [Theory]
    [InlineData("?force=true", null)]
    [InlineData("?force=True", null)]
    [InlineData("?force=TRUE", null)]
    [InlineData("", """{"force":true}""")]
    [InlineData("", """{"force":"True"}""")]
    public async Task DeleteOrganization_WithBusinessesAndForce_Returns200AndDeletesItsBusinesses(string query, string? body)
    {
        // Arrange
        var (orgId, _) = await OrganizationApi.CreateAsync(sandbox);
        var businessId = await BusinessApi.CreateAsync(sandbox, $$"""{"name":"Doomed shop","org_id":{{orgId}}}""");

        // Act
        var response = await SendDeleteAsync(OrganizationApi.Organization(orgId) + query, body);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"status":"success","org_id":{{orgId}}}""");
        var read = await sandbox.CreateClient(DemoData.ProviderKey).GetAsync(BusinessApi.Business(businessId), TestContext.Current.CancellationToken);
        await read.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Theory]
    [InlineData(DemoData.OrgAdminKey, DemoData.Org1)]
    [InlineData(DemoData.OrgManagerKey, DemoData.Org1)]
    [InlineData(DemoData.GroupManagerKey, DemoData.Org1)]
    [InlineData(DemoData.BusinessManagerKey, DemoData.Org1)]
    [InlineData(DemoData.PublisherKey, DemoData.Org1)]
    [InlineData(DemoData.Org2AdminKey, DemoData.Org2)]
    public async Task DeleteOrganization_NotAsProvider_Returns403(string apiKey, int orgId)
    {
        var response = await sandbox.CreateClient(apiKey)
            .DeleteAsync(OrganizationApi.Organization(orgId) + "?force=true", TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.Forbidden, ErrorBodies.Forbidden);
    }

    [Fact]
    public async Task DeleteOrganization_Unknown_Returns404()
    {
        var response = await sandbox.CreateClient(DemoData.ProviderKey)
            .DeleteAsync(OrganizationApi.Organization(999999), TestContext.Current.CancellationToken);

        await response.ShouldBeAsync(HttpStatusCode.NotFound, ErrorBodies.NotFound);
    }

    [Fact]
    public async Task DeleteOrganization_ForceQueryNotABoolean_Returns400OnForce()
    {
        var response = await SendDeleteAsync(OrganizationApi.Organization(DemoData.Org2) + "?force=maybe", body: null);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("force", "Not a valid boolean."));
    }

    [Theory]
    [InlineData("""{"force":"maybe"}""", "force", "Not a valid boolean.")]
    [InlineData("""{"force":1}""", "force", "Not a valid boolean.")]
    [InlineData("""{"force":true,"cascade":true}""", "cascade", "Unknown field.")]
    public async Task DeleteOrganization_InvalidBodyField_Returns400OnThatField(string body, string field, string message)
    {
        var response = await SendDeleteAsync(OrganizationApi.Organization(DemoData.Org2), body);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field(field, message));
    }

    [Theory]
    [InlineData("[true]", """{"errors":{"json":"Invalid input type: the body must be a JSON object"}}""")]
    [InlineData("{\"force\":", """{"errors":{"json":"Invalid JSON body: Expected depth to be zero at the end of the JSON payload."}}""")]
    public async Task DeleteOrganization_BodyNotAJsonObject_Returns400(string body, string expected)
    {
        var response = await SendDeleteAsync(OrganizationApi.Organization(DemoData.Org2), body);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task DeleteOrganization_BodyNotJson_Returns415()
    {
        var response = await SendDeleteAsync(OrganizationApi.Organization(DemoData.Org2), "force=True", "application/x-www-form-urlencoded");

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, ErrorBodies.UnsupportedMediaType);
    }

    private Task<HttpResponseMessage> SendDeleteAsync(string url, string? body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        }

        return sandbox.CreateClient(DemoData.ProviderKey).SendAsync(request, TestContext.Current.CancellationToken);
    }
}
