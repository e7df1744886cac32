using System.Net;
using System.Text.Json.Nodes;
using PartooGroups.Api.Tests.Infrastructure;

namespace PartooGroups.Api.Tests.OpenApi;

/// <summary>What an integrator needs from the served document: the vendor's names, the API key, exact shapes, no internals.</summary>
public sealed class OpenApiDocumentTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private static readonly string[] PublicParameterLocations = ["path", "query"];
    private static readonly string[] HealthPaths = ["/health/live", "/health/ready"];

    [Fact]
    public async Task SwaggerUi_AtSwagger_LeadsToAnIndexPageThatAnswers200()
    {
        // Arrange
        var client = sandbox.CreateClient(apiKey: null);

        // Act
        var entry = await client.GetAsync("/swagger", TestContext.Current.CancellationToken);
        var index = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/swagger"), entry.Headers.Location!), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("/swagger/index.html", index.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger-ui", await index.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v2/sections/{section_id}/groups", "post", "createGroup", "Groups and Sections")]
    [InlineData("/v2/sections/{section_id}/groups/{group_id}", "get", "getGroup", "Groups and Sections")]
    [InlineData("/v2/org", "post", "createOrganization", "Organizations")]
    public async Task Document_VendorOperation_HasTheVendorOperationIdAndTag(string path, string method, string operationId, string tag)
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var operation = document["paths"]![path]![method]!;
        Assert.Equal(operationId, operation["operationId"]!.GetValue<string>());
        Assert.Equal([tag], operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Document_ApiKeyScheme_IsTheXApiKeyHeaderRequiredEverywhere()
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var scheme = document["components"]!["securitySchemes"]!["ApiKeyAuth"]!;
        Assert.Equal(("apiKey", "x-APIKey", "header"), (scheme["type"]!.GetValue<string>(), scheme["name"]!.GetValue<string>(), scheme["in"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"ApiKeyAuth":[]}]"""), document["security"]), document["security"]?.ToJsonString());
        Assert.All(ServedDocument.Operations(document).Where(o => o.Path.StartsWith("/v2/", StringComparison.Ordinal)), o =>
            Assert.Null(o.Operation["security"]));
    }

    [Theory]
    [InlineData("/v2/sections/{section_id}/groups", "post", "section_id")]
    [InlineData("/v2/sections/{section_id}/groups/{group_id}", "get", "section_id,group_id")]
    public async Task Document_PathIds_AreRequiredIntegers(string path, string method, string names)
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var parameters = document["paths"]![path]![method]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal(names.Split(','), parameters.Select(p => p["name"]!.GetValue<string>()));
        Assert.All(parameters, p =>
        {
            Assert.Equal("path", p["in"]!.GetValue<string>());
            Assert.True(p["required"]!.GetValue<bool>());
            Assert.Equal("integer", p["schema"]!["type"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("/v2/sections/{section_id}/groups", "name,business__in", "name")]
    [InlineData("/v2/org", "name,alias,max_businesses", "name")]
    public async Task Document_RequestBody_HasTheWireFieldNamesAndRequiredFields(string path, string properties, string required)
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var body = document["paths"]![path]!["post"]!["requestBody"]!;
        Assert.True(body["required"]!.GetValue<bool>());
        var schema = ServedDocument.Resolve(document, body["content"]!["application/json"]!["schema"]!);
        Assert.Equal(properties.Split(','), schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(required.Split(','), schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/v2/sections/{section_id}/groups", "post", "200,400,401,403,404")]
    [InlineData("/v2/sections/{section_id}/groups/{group_id}", "get", "200,400,401,403,404")]
    [InlineData("/v2/org", "post", "200,400,401,403")]
    public async Task Document_VendorOperation_DocumentsItsResponsesWith404OnlyForPathIds(string path, string method, string statuses)
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var responses = document["paths"]![path]![method]!["responses"]!.AsObject();
        Assert.Equal(statuses.Split(','), responses.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(responses, r => Assert.NotNull(r.Value!["content"]!["application/json"]!["schema"]));
    }

    [Fact]
    public async Task Document_EveryV2Operation_DocumentsTheVendorErrorBodies()
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var operations = ServedDocument.Operations(document).Where(o => o.Path.StartsWith("/v2/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("401"), $"{method} {path} does not document 401");
            Assert.Equal("""{"errors":{"authentication":"string"}}""", Shape(document, BodySchema(responses, "401")));
            if (responses.ContainsKey("400"))
            {
                var badRequest = BodySchema(responses, "400")["anyOf"]!.AsArray().Select(s => Shape(document, s!));
                Assert.Equal(["""{"errors":{"json":{"*":"string"}}}""", """{"errors":{"json":"string"}}"""], badRequest);
            }

            if (responses.ContainsKey("403"))
            {
                Assert.Equal("""{"errors":{"authorization":"string"}}""", Shape(document, BodySchema(responses, "403")));
            }

            if (responses.ContainsKey("404"))
            {
                Assert.Equal("""{"errors":{"json":"string"}}""", Shape(document, BodySchema(responses, "404")));
            }
        }
    }

    [Fact]
    public async Task Document_Operations_ShowNoCallerOrServiceParameters()
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        var text = document.ToJsonString();
        foreach (var internalName in new[] { "CurrentUser", "CallerScope", "PartooDbContext", "CancellationToken", "HttpContext", "ClaimsPrincipal" })
        {
            Assert.DoesNotContain(internalName, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(
            ServedDocument.Operations(document).SelectMany(o => o.Operation["parameters"]?.AsArray() ?? []),
            p => Assert.Contains(p!["in"]!.GetValue<string>(), PublicParameterLocations));
    }

    [Fact]
    public async Task Document_HealthRoutes_NeedNoApiKey()
    {
        // Act
        var document = await ServedDocument.GetAsync(sandbox);

        // Assert
        Assert.All(HealthPaths, path =>
            Assert.True(JsonNode.DeepEquals(new JsonArray(), document["paths"]![path]!["get"]!["security"]), path));
    }

    private static JsonObject BodySchema(JsonObject responses, string status) =>
        responses[status]!["content"]!["application/json"]!["schema"]!.AsObject();

    /// <summary>A schema reduced to its shape: objects as {property: shape}, a free-form map as {"*": shape}, scalars as their type.</summary>
    private static string Shape(JsonObject document, JsonNode schema)
    {
        var resolved = ServedDocument.Resolve(document, schema);
        if (resolved["properties"] is JsonObject properties)
        {
            return "{" + string.Join(',', properties.Select(p => $"\"{p.Key}\":{Shape(document, p.Value!)}")) + "}";
        }

        if (resolved["additionalProperties"] is JsonObject values)
        {
            return "{\"*\":" + Shape(document, values) + "}";
        }

        return "\"" + resolved["type"]!.GetValue<string>() + "\"";
    }
}
