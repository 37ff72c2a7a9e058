// One exception class per error kind (SPEC §6), built from the calling thread's last
// error JSON: kind, code, message and the fields of the kind.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Kopru
{
    /// <summary>One problem of a validation error: where (e.g. <c>list[2].barcode</c>) and what.</summary>
    public sealed class FieldError
    {
        internal FieldError(string path, string message)
        {
            Path = path;
            Message = message;
        }

        /// <summary>The path of the offending field in the parameters.</summary>
        public string Path { get; private set; }

        /// <summary>What is wrong with it.</summary>
        public string Message { get; private set; }
    }

    /// <summary>
    /// A failed kopru call. Catch a subclass for one kind (<see cref="ValidationException"/>,
    /// <see cref="ApiException"/>, …) or this class for all. Messages never contain secrets.
    /// </summary>
    public abstract class KopruException : Exception
    {
        internal KopruException(ResultCode code, string message, JsonObject error, string errorJson)
            : base(message)
        {
            Code = code;
            Error = error ?? new JsonObject();
            ErrorJson = errorJson;
        }

        /// <summary>The result code of the native call.</summary>
        public ResultCode Code { get; private set; }

        /// <summary>The error's kind: "validation", "api", "auth", "rate_limited", "transport",
        /// "decode", "config", "null_argument", "invalid_utf8", "invalid_json", "panic", "stopped" or "locked".</summary>
        public string Kind { get { return Error.Get("kind") as string; } }

        /// <summary>The error as kopru reported it, JSON text.</summary>
        public string ErrorJson { get; private set; }

        /// <summary>The error as kopru reported it, parsed.</summary>
        public JsonObject Error { get; private set; }

        /// <summary>Builds the exception for <paramref name="code"/> from the calling thread's last error.</summary>
        internal static KopruException FromLastError(int code)
        {
            IntPtr text;
            UIntPtr len;
            string json = NativeMethods.kopru_last_error_json(out text, out len) == (int)ResultCode.Ok
                ? Utf8.Take(text, len)
                : null;
            return FromErrorJson(code, json);
        }

        /// <summary>Builds the exception for <paramref name="code"/> from kopru's error JSON.</summary>
        internal static KopruException FromErrorJson(int code, string json)
        {
            JsonObject error = null;
            if (json != null)
            {
                try { error = Json.Parse(json) as JsonObject; }
                catch (FormatException) { error = null; }
            }
            error = error ?? new JsonObject();
            string message = error.Get("message") as string ?? "kopru call failed with code " + code;
            var rc = (ResultCode)code;
            switch (rc)
            {
                case ResultCode.Validation: return new ValidationException(message, error, json);
                case ResultCode.Api: return new ApiException(message, error, json);
                case ResultCode.Auth: return new AuthException(message, error, json);
                case ResultCode.RateLimited: return new RateLimitedException(message, error, json);
                case ResultCode.Transport: return new TransportException(message, error, json);
                case ResultCode.Decode: return new DecodeException(message, error, json);
                case ResultCode.Config: return new ConfigException(message, error, json);
                case ResultCode.Guarded: return new GuardedException(message, error, json);
                case ResultCode.NullArgument: return new NullArgumentException(message, error, json);
                case ResultCode.InvalidUtf8: return new InvalidUtf8Exception(message, error, json);
                case ResultCode.InvalidJson: return new InvalidJsonException(message, error, json);
                case ResultCode.Panic: return new PanicException(message, error, json);
                case ResultCode.Stopped: return new StoppedException(message, error, json);
                case ResultCode.Locked: return new LockedException(message, error, json);
                default: return new UnknownCodeException(rc, message, error, json);
            }
        }

        /// <summary>Throws the matching exception when <paramref name="code"/> is not KOPRU_OK.</summary>
        internal static void Check(int code)
        {
            if (code != (int)ResultCode.Ok) throw FromLastError(code);
        }

        internal static int? Int(JsonObject error, string key)
        {
            var n = error.Get(key) as JsonNumber;
            int value;
            return n != null && int.TryParse(n.Text, out value) ? value : (int?)null;
        }

        internal static long? Long(JsonObject error, string key)
        {
            var n = error.Get(key) as JsonNumber;
            long value;
            return n != null && long.TryParse(n.Text, out value) ? value : (long?)null;
        }
    }

    /// <summary>The parameters broke the vendor's rules: every problem is listed, nothing was sent.</summary>
    public sealed class ValidationException : KopruException
    {
        internal ValidationException(string message, JsonObject error, string json)
            : base(ResultCode.Validation, message, error, json)
        {
            var list = new List<FieldError>();
            var errors = Error.Get("errors") as List<object>;
            if (errors != null)
                foreach (var item in errors)
                {
                    var e = item as JsonObject;
                    if (e != null) list.Add(new FieldError(e.Get("path") as string, e.Get("message") as string));
                }
            Errors = new ReadOnlyCollection<FieldError>(list);
        }

        /// <summary>Every problem found, each with its path.</summary>
        public IReadOnlyList<FieldError> Errors { get; private set; }
    }

    /// <summary>The service answered with an error status or an error envelope.</summary>
    public sealed class ApiException : KopruException
    {
        internal ApiException(string message, JsonObject error, string json)
            : base(ResultCode.Api, message, error, json) { }

        /// <summary>The service that answered ("entegra", "erp", "tedbul").</summary>
        public string Service { get { return Error.Get("service") as string; } }

        /// <summary>The HTTP status.</summary>
        public int Status { get { return Int(Error, "status") ?? 0; } }

        /// <summary>The vendor's own error code, when it sent one.</summary>
        public string VendorCode { get { return Error.Get("vendor_code") as string; } }

        /// <summary>The response body as received.</summary>
        public string Body { get { return Error.Get("body") as string; } }
    }

    /// <summary>Authentication failed (wrong credentials, a refused token, clock skew).</summary>
    public sealed class AuthException : KopruException
    {
        internal AuthException(string message, JsonObject error, string json)
            : base(ResultCode.Auth, message, error, json) { }

        /// <summary>The HTTP status of the refusal, when there was one.</summary>
        public int? Status { get { return Int(Error, "status"); } }
    }

    /// <summary>A quota or the vendor's rate limit stops the call.</summary>
    public sealed class RateLimitedException : KopruException
    {
        internal RateLimitedException(string message, JsonObject error, string json)
            : base(ResultCode.RateLimited, message, error, json) { }

        /// <summary>How long to wait before trying again, in milliseconds, when known.</summary>
        public long? RetryAfterMs { get { return Long(Error, "retry_after_ms"); } }
    }

    /// <summary>No usable response arrived (connect, timeout, TLS).</summary>
    public sealed class TransportException : KopruException
    {
        internal TransportException(string message, JsonObject error, string json)
            : base(ResultCode.Transport, message, error, json) { }
    }

    /// <summary>The response did not fit the shape kopru needs to go on.</summary>
    public sealed class DecodeException : KopruException
    {
        internal DecodeException(string message, JsonObject error, string json)
            : base(ResultCode.Decode, message, error, json) { }

        /// <summary>Where in the response the problem is.</summary>
        public string Path { get { return Error.Get("path") as string; } }
    }

    /// <summary>The config, or the way kopru was called (e.g. an unknown operation), is wrong.</summary>
    public sealed class ConfigException : KopruException
    {
        internal ConfigException(string message, JsonObject error, string json)
            : base(ResultCode.Config, message, error, json) { }
    }

    /// <summary>A sync run's plan broke the guard against mass changes; nothing was sent and
    /// the state file is as it was. Give <see cref="PlanId"/> as the options' accept_plan to
    /// let exactly that plan through.</summary>
    public sealed class GuardedException : KopruException
    {
        internal GuardedException(string message, JsonObject error, string json)
            : base(ResultCode.Guarded, message, error, json) { }

        /// <summary>The stable id of the plan's guarded changes.</summary>
        public string PlanId { get { return Error.Get("plan_id") as string; } }
    }

    /// <summary>A required argument of the native call was NULL (e.g. no marketplace client).</summary>
    public sealed class NullArgumentException : KopruException
    {
        internal NullArgumentException(string message, JsonObject error, string json)
            : base(ResultCode.NullArgument, message, error, json) { }
    }

    /// <summary>A text argument was not valid UTF-8.</summary>
    public sealed class InvalidUtf8Exception : KopruException
    {
        internal InvalidUtf8Exception(string message, JsonObject error, string json)
            : base(ResultCode.InvalidUtf8, message, error, json) { }
    }

    /// <summary>A JSON argument (config, parameters, state, response) did not parse.</summary>
    public sealed class InvalidJsonException : KopruException
    {
        internal InvalidJsonException(string message, JsonObject error, string json)
            : base(ResultCode.InvalidJson, message, error, json) { }
    }

    /// <summary>kopru caught a panic of its own (a bug in kopru: please report it).</summary>
    public sealed class PanicException : KopruException
    {
        internal PanicException(string message, JsonObject error, string json)
            : base(ResultCode.Panic, message, error, json) { }
    }

    /// <summary>The sync hook stopped the run; the state saved so far is kept and the next run resumes.</summary>
    public sealed class StoppedException : KopruException
    {
        internal StoppedException(string message, JsonObject error, string json)
            : base(ResultCode.Stopped, message, error, json) { }
    }

    /// <summary>Another run (another process) held the sync state file's lock; nothing was read or sent.</summary>
    public sealed class LockedException : KopruException
    {
        internal LockedException(string message, JsonObject error, string json)
            : base(ResultCode.Locked, message, error, json) { }

        /// <summary>The lock file that was held.</summary>
        public string LockFile { get { return Error.Get("lock_file") as string; } }

        /// <summary>The process id of the run that held it, when known.</summary>
        public long? HolderPid { get { return Long(Error, "holder_pid"); } }
    }

    /// <summary>A result code this version of the library does not know (a newer native library).</summary>
    public sealed class UnknownCodeException : KopruException
    {
        internal UnknownCodeException(ResultCode code, string message, JsonObject error, string json)
            : base(code, message, error, json) { }
    }
}
