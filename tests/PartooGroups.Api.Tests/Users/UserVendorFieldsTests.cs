using System.Net;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.Users;

/// <summary>The vendor's invitation, log-in and web-app fields are accepted (real clients send them) and change nothing.</summary>
public sealed class UserVendorFieldsTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("""{"send_invitation": true}""")]
    [InlineData("""{"send_invitation": "True"}""")]
    [InlineData("""{"send_invitation": "false"}""")]
    [InlineData("""{"password": "Secret-123!", "sso_only": false, "custom_role": null, "sidebar_pages": ["posts"]}""")]
    public async Task CreateUser_WithVendorOnlyFields_CreatesTheUser(string extraJson)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);

        // Act
        var id = await client.CreateOrg1UserAsync("PUBLISHER", extraJson);

        // Assert
        var user = await (await client.GetAsync(Routes.User(id), TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal("PUBLISHER", user["role"]!.GetValue<string>());
        Assert.Equal("active", user["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    public async Task CreateUser_WithSendInvitationNotABoolean_Returns400OnTheField(string value)
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var body = $$"""{"email":"{{UserApi.UniqueEmail()}}","first_name":"A","last_name":"B","role":"PUBLISHER","send_invitation":{{value}}}""";

        // Act
        var response = await client.PostJsonAsync(Routes.Users, body);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("send_invitation", "Not a valid boolean."));
    }

    [Fact]
    public async Task CreateUser_WithNullInSidebarPages_Returns400OnTheFieldAndCreatesNothing()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var email = UserApi.UniqueEmail();
        var body = $$"""{"email":"{{email}}","first_name":"A","last_name":"B","role":"PUBLISHER","sidebar_pages":["posts",null]}""";

        // Act
        var response = await client.PostJsonAsync(Routes.Users, body);

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("sidebar_pages", "Not a valid string."));
        var search = await client.GetAsync($"{Routes.UserSearch}?email={email}", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await search.ShouldHaveStatusAsync(HttpStatusCode.OK))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateUser_WithNullInSidebarPages_Returns400OnTheField()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await client.CreateOrg1UserAsync("PUBLISHER");

        // Act
        var response = await client.PostJsonAsync(Routes.User(id), """{"first_name":"Changed","sidebar_pages":[null]}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.BadRequest, ErrorBodies.Field("sidebar_pages", "Not a valid string."));
    }

    [Fact]
    public async Task UpdateUser_WithPassword_IsAcceptedAndChangesNothingElse()
    {
        // Arrange
        var client = sandbox.CreateClient(DemoData.OrgAdminKey);
        var id = await client.CreateOrg1UserAsync("PUBLISHER");

        // Act
        var response = await client.PostJsonAsync(Routes.User(id), """{"password": "Another-456!"}""");

        // Assert
        await response.ShouldBeAsync(HttpStatusCode.OK, $$"""{"id":"{{id}}","status":"success"}""");
    }
}
