using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>
/// Values read from an open response, which the sequence owns: disposing its enumerator, whether or not it was
/// read to the end (or at all), releases the response. It can be enumerated once, as the body can be read once.
/// </summary>
internal sealed class ResponseSequence<T>(HttpResponseMessage response, IAsyncEnumerable<T> values) : IAsyncEnumerable<T>
{
    private int _used;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        Interlocked.Exchange(ref _used, 1) == 0
            ? new Enumerator(response, values.GetAsyncEnumerator(cancellationToken))
            : throw new InvalidOperationException("A streamed response can be enumerated only once.");

    private sealed class Enumerator(HttpResponseMessage response, IAsyncEnumerator<T> values) : IAsyncEnumerator<T>
    {
        public T Current => values.Current;

        public ValueTask<bool> MoveNextAsync() => values.MoveNextAsync();

        public async ValueTask DisposeAsync()
        {
            try
            {
                await values.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                response.Dispose();
            }
        }
    }
}
