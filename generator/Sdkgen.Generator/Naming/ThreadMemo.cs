using System;
using System.Collections.Generic;

namespace Sdkgen.Generator.Naming;

/// <summary>
/// A bounded memo per thread for names spelt again and again in a run (identifiers, type and converter names):
/// concurrent generator runs share nothing, and a memo that fills up in a long-lived compiler or IDE process is cleared.
/// </summary>
internal static class ThreadMemo
{
    public static string Get<TKey>(ref Dictionary<TKey, string>? memo, TKey key, int limit, Func<TKey, string> spell, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
        => Get(ref memo, key, limit, spell, static (k, s) => s(k), comparer);

    /// <summary>The same, for a spelling that needs more than the key (<paramref name="state"/>), without a closure per call.</summary>
    public static string Get<TKey, TState>(ref Dictionary<TKey, string>? memo, TKey key, int limit, TState state, Func<TKey, TState, string> spell, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        memo ??= new Dictionary<TKey, string>(comparer);
        if (memo.TryGetValue(key, out var text))
        {
            return text;
        }

        if (memo.Count >= limit)
        {
            memo.Clear();
        }

        return memo[key] = spell(key, state);
    }
}
