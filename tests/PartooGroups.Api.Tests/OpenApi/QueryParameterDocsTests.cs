using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.OpenApi;

/// <summary>Routes that read their query by hand still show every parameter in Swagger UI.</summary>
public sealed class QueryParameterDocsTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    [Theory]
    [InlineData("/v2/business/search", "get", "groups:array<integer>,business__in:array<string>,org_id:integer,query:string,page:integer,per_page:integer")]
    [InlineData("/v2/org/search", "get", "query:string,alias:string,org_id:integer,page:integer,per_page:integer")]
    [InlineData("/v2/org/{org_id}", "delete", "org_id:integer,force:boolean")]
    [InlineData("/v2/user/search", "get", "email:string,org_id:integer,query:string,role:array<string>,status:string,disabled:boolean,page:integer,per_page:integer")]
    [InlineData("/v2/api_keys", "get", "status:string,page:integer,per_page:integer")]
    [InlineData("/v2/sections", "get", "page:integer,org_id:integer,group_name_query:string")]
    public async Task SwaggerDocument_HandReadQuery_DocumentsEachParameterWithItsType(string path, string method, string expected)
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);

        // Act
        var response = await client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        // Assert
        var document = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var parameters = document["paths"]![path]![method]!["parameters"]!.AsArray()
            .Select(p => $"{p!["name"]}:{TypeOf(p["schema"]!)}");
        Assert.Equal(expected, string.Join(",", parameters));
    }

    private static string TypeOf(JsonNode schema) =>
        schema["type"]!.GetValue<string>() == "array" ? $"array<{schema["items"]!["type"]}>" : schema["type"]!.GetValue<string>();
}
