using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using BatchCalling.Emulator.Simulation;
using ElevenLabs;
using ElevenLabs.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BatchCalling.Emulator.Http;

/// <summary>The seven batch-calling endpoints over the in-memory store.</summary>
internal sealed class BatchCallingApi(BatchStore store, SimulationSettings settings, TimeProvider time)
{
    private const string Root = "/v1/convai/batch-calling";

    /// <summary>Used when a submit leaves target_concurrency_limit null.</summary>
    public const int DefaultConcurrencyLimit = 10;

    private const int DefaultPageSize = 100;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Root + "/submit", SubmitAsync);
        routes.MapGet(Root + "/workspace", ListAsync);
        routes.MapGet(Root + "/{batch_id}", GetAsync);
        routes.MapDelete(Root + "/{batch_id}", DeleteAsync);
        routes.MapPost(Root + "/{batch_id}/cancel", CancelAsync);
        routes.MapPost(Root + "/{batch_id}/retry", RetryAsync);
        routes.MapGet(Root + "/{batch_id}/export", ExportAsync);
    }

    private async Task SubmitAsync(HttpContext context)
    {
        using MemoryStream body = new();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        (BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost? request, ValidationProblems problems) =
            SubmitRequestReader.Read(body.GetBuffer().AsSpan(0, (int)body.Length));
        if (request is null || problems.Count > 0)
        {
            await JsonResponses.WriteValidationAsync(context, problems.ToError()).ConfigureAwait(false);
            return;
        }

        string id = "btcal_" + Guid.NewGuid().ToString("N");
        int limit = (int)Math.Min(request.TargetConcurrencyLimit ?? DefaultConcurrencyLimit, int.MaxValue);
        BatchJob job = new(id, store.NextSequence(), request, time.GetUtcNow(), limit, settings);
        store.Add(job);
        await JsonResponses.WriteModelAsync(context, StatusCodes.Status200OK,
            ModelMapper.ToResponse(job, job.Snapshot(time.GetUtcNow())), BatchCallResponseJsonConverter.WriteValue).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        IQueryCollection query = context.Request.Query;
        int limit = DefaultPageSize;
        if (query.TryGetValue("limit", out var rawLimit))
        {
            if (!int.TryParse(rawLimit, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit))
            {
                await Invalid(context, "int_parsing", "Input should be a valid integer, unable to parse string as an integer", "limit").ConfigureAwait(false);
                return;
            }

            if (limit < 1)
            {
                await Invalid(context, "greater_than_equal", "Input should be greater than or equal to 1", "limit").ConfigureAwait(false);
                return;
            }

            limit = Math.Min(limit, DefaultPageSize); // larger pages are served as 100, not refused
        }

        string? lastDoc = query["last_doc"];
        string? agentId = query["agent_id"];
        if (store.Page(limit, lastDoc, string.IsNullOrEmpty(agentId) ? null : agentId) is not var (page, hasMore))
        {
            await Invalid(context, "value_error", "Value error, last_doc does not name a batch call", "last_doc").ConfigureAwait(false);
            return;
        }

        DateTimeOffset now = time.GetUtcNow();
        List<BatchCallResponse> items = new(page.Count);
        foreach (BatchJob job in page)
        {
            items.Add(ModelMapper.ToResponse(job, job.Snapshot(now)));
        }

        WorkspaceBatchCallsResponse response = new()
        {
            BatchCalls = items,
            NextDoc = hasMore ? page[^1].Id : null,
            HasMore = hasMore,
        };
        await JsonResponses.WriteModelAsync(context, StatusCodes.Status200OK, response, WorkspaceBatchCallsResponseJsonConverter.WriteValue).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } job)
        {
            return;
        }

        await JsonResponses.WriteModelAsync(context, StatusCodes.Status200OK,
            ModelMapper.ToDetailed(job, job.Snapshot(time.GetUtcNow())), BatchCallDetailedResponseJsonConverter.WriteValue).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        if (!store.Remove(BatchId(context)))
        {
            await NotFound(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private async Task CancelAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } job)
        {
            return;
        }

        (JobSnapshot? after, BatchCallStatus status) = job.Cancel(time.GetUtcNow());
        if (after is null)
        {
            await JsonResponses.WriteDetailAsync(context, StatusCodes.Status409Conflict,
                $"Batch call is already {Wire(status)} and cannot be cancelled").ConfigureAwait(false);
            return;
        }

        await JsonResponses.WriteModelAsync(context, StatusCodes.Status200OK, ModelMapper.ToResponse(job, after), BatchCallResponseJsonConverter.WriteValue).ConfigureAwait(false);
    }

    private async Task RetryAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } job)
        {
            return;
        }

        (JobSnapshot? after, BatchCallStatus status, _) = job.Retry(time.GetUtcNow());
        if (after is null)
        {
            string detail = status is BatchCallStatus.Completed or BatchCallStatus.Failed
                ? "Batch call has no failed or unanswered recipients to retry"
                : $"Only a completed or failed batch call can be retried (status: {Wire(status)})";
            await JsonResponses.WriteDetailAsync(context, StatusCodes.Status409Conflict, detail).ConfigureAwait(false);
            return;
        }

        await JsonResponses.WriteModelAsync(context, StatusCodes.Status200OK, ModelMapper.ToResponse(job, after), BatchCallResponseJsonConverter.WriteValue).ConfigureAwait(false);
    }

    private async Task ExportAsync(HttpContext context)
    {
        if (await FindAsync(context).ConfigureAwait(false) is not { } job)
        {
            return;
        }

        using MemoryStream csv = new();
        CsvExport.Write(csv, job, job.Snapshot(time.GetUtcNow()));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{job.Id}.csv\"";
        context.Response.ContentLength = csv.Length;
        await context.Response.Body.WriteAsync(csv.GetBuffer().AsMemory(0, (int)csv.Length), context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<BatchJob?> FindAsync(HttpContext context)
    {
        BatchJob? job = store.Find(BatchId(context));
        if (job is null)
        {
            await NotFound(context).ConfigureAwait(false);
        }

        return job;
    }

    private static string BatchId(HttpContext context) => (string)context.Request.RouteValues["batch_id"]!;

    private static Task NotFound(HttpContext context) =>
        JsonResponses.WriteDetailAsync(context, StatusCodes.Status404NotFound, "Batch call not found");

    private static Task Invalid(HttpContext context, string type, string msg, string parameter)
    {
        ValidationProblems problems = new();
        problems.Add(type, msg, "query", parameter);
        return JsonResponses.WriteValidationAsync(context, problems.ToError());
    }

    private static string Wire(BatchCallStatus status) => BatchCallStatusJsonConverter.ToWire(status);
}
