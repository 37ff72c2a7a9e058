// The result codes of the C ABI (include/kopru.h); the C# suite checks them against the header.
namespace Kopru
{
    /// <summary>
    /// What a native kopru call returned. 1–7 are the error kinds every binding shares;
    /// 100 on are outcomes of the call itself. Numbers are never reused.
    /// </summary>
    public enum ResultCode
    {
        /// <summary>Success (KOPRU_OK).</summary>
        Ok = 0,
        /// <summary>The parameters broke the vendor's rules; nothing was sent (KOPRU_VALIDATION).</summary>
        Validation = 1,
        /// <summary>The service answered with an error (KOPRU_API).</summary>
        Api = 2,
        /// <summary>Authentication failed (KOPRU_AUTH).</summary>
        Auth = 3,
        /// <summary>A quota or the vendor's rate limit stops the call (KOPRU_RATE_LIMITED).</summary>
        RateLimited = 4,
        /// <summary>No usable response arrived (KOPRU_TRANSPORT).</summary>
        Transport = 5,
        /// <summary>The response did not fit the expected shape (KOPRU_DECODE).</summary>
        Decode = 6,
        /// <summary>The config, or the way kopru was called, is wrong (KOPRU_CONFIG).</summary>
        Config = 7,
        /// <summary>A sync run's plan broke the guard against mass changes; nothing was sent (KOPRU_GUARDED).</summary>
        Guarded = 8,
        /// <summary>A required pointer argument was NULL (KOPRU_NULL_ARGUMENT).</summary>
        NullArgument = 100,
        /// <summary>A text argument was not UTF-8 (KOPRU_INVALID_UTF8).</summary>
        InvalidUtf8 = 101,
        /// <summary>A JSON argument did not parse (KOPRU_INVALID_JSON).</summary>
        InvalidJson = 102,
        /// <summary>kopru caught a panic of its own; the call had no effect to rely on (KOPRU_PANIC).</summary>
        Panic = 103,
        /// <summary>The sync hook stopped the run; the state saved so far is kept (KOPRU_STOPPED).</summary>
        Stopped = 104,
        /// <summary>Another run held the sync state file's lock for the whole lock_wait_ms; nothing was read or sent (KOPRU_LOCKED).</summary>
        Locked = 105,
    }
}
