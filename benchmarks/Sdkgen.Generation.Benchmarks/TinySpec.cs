namespace Sdkgen.Generation.Benchmarks;

/// <summary>One operation and one schema: what the driver and generator cost when the spec itself costs almost nothing.</summary>
internal static class TinySpec
{
    public const string Text = """
        openapi: 3.1.0
        info:
          title: Tiny
          version: '1'
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              properties:
                id:
                  type: string
              required: [id]
        """;
}
