using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Entente.Web.Hosting;

/// <summary>
/// Uploads run extraction, the one request that costs seconds of CPU: a few at a time (more wait in a short queue) and
/// a bounded number per minute for the whole server, so a script posting files in a loop cannot starve the views.
/// A refused upload gets 429 with a problem document and Retry-After.
/// </summary>
public static class UploadLimits
{
    public const string Policy = "uploads";

    /// <summary>Uploads waiting for a slot beyond the ones running; more are refused at once.</summary>
    public const int QueueLimit = 8;

    public static IServiceCollection AddUploadLimits(this IServiceCollection services, WorkbenchOptions options) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, _ => RateLimitPartition.Get(Policy, _ => RateLimiter.CreateChained(
                new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.UploadsPerMinute,
                    TokensPerPeriod = options.UploadsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }),
                new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.UploadConcurrency,
                    QueueLimit = QueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }))));
            o.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "too many uploads",
                    detail: $"this workbench takes {options.UploadsPerMinute} uploads a minute, {options.UploadConcurrency} at a time; try again later").ExecuteAsync(http);
            };
        });
}
