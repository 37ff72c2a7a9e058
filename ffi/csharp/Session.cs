// The sans-IO session: for callers who send the HTTP requests with their own stack
// (HttpClient, HttpWebRequest, a proxy-aware company library).
using System;

namespace Kopru
{
    /// <summary>
    /// The state machine that decides which HTTP request to send next (SPEC §4). It does no
    /// I/O and reads no clock: <c>nowMs</c> is Unix time in milliseconds. A step is JSON text,
    /// <c>{"send": request, "after_ms": n}</c> (wait <c>after_ms</c> when present, send
    /// <c>request</c> = <c>{"method","url","headers":[[name,value],…],"body"}</c>, then pass
    /// the response <c>{"status","headers","body"}</c> to <see cref="Receive"/>) or
    /// <c>{"done": result}</c>. Not thread-safe: use one session from one thread at a time.
    /// </summary>
    public sealed class Session : IDisposable
    {
        private readonly SessionHandle handle;

        /// <summary>Makes a session from a JSON config and, optionally, a state exported before (null: fresh).</summary>
        public Session(string config, string state)
        {
            if (config == null) throw new ArgumentNullException("config");
            byte[] configBytes = Utf8.Bytes(config), stateBytes = Utf8.Bytes(state);
            KopruException.Check(NativeMethods.kopru_session_new(configBytes, Utf8.Length(configBytes), stateBytes,
                Utf8.Length(stateBytes), out handle));
        }

        /// <summary>Makes a fresh session from a JSON config.</summary>
        public Session(string config) : this(config, null) { }

        /// <summary>Starts an operation (parameters as JSON text, null: none); returns the first step.</summary>
        public string Start(string op, string parameters, ulong nowMs)
        {
            if (op == null) throw new ArgumentNullException("op");
            byte[] opBytes = Utf8.Bytes(op), paramBytes = Utf8.Bytes(parameters);
            IntPtr step;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_session_start(handle, opBytes, Utf8.Length(opBytes), paramBytes,
                Utf8.Length(paramBytes), nowMs, out step, out len));
            return Utf8.Take(step, len);
        }

        /// <summary>Hands over the response of the last request (JSON text); returns the next step.</summary>
        public string Receive(string response, ulong nowMs)
        {
            if (response == null) throw new ArgumentNullException("response");
            byte[] bytes = Utf8.Bytes(response);
            IntPtr step;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_session_receive(handle, bytes, Utf8.Length(bytes), nowMs,
                out step, out len));
            return Utf8.Take(step, len);
        }

        /// <summary>
        /// Reports that the last request got no response (<paramref name="timedOut"/>: it timed
        /// out); returns the next step, a retry, or throws <see cref="TransportException"/>.
        /// </summary>
        public string TransportFailed(string message, bool timedOut, ulong nowMs)
        {
            byte[] bytes = Utf8.Bytes(message ?? "");
            IntPtr step;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_session_transport_failed(handle, bytes, Utf8.Length(bytes),
                timedOut ? 1 : 0, nowMs, out step, out len));
            return Utf8.Take(step, len);
        }

        /// <summary>The session state (tokens, quota counters) as JSON text; it holds secrets.</summary>
        public string ExportState()
        {
            IntPtr state;
            UIntPtr len;
            KopruException.Check(NativeMethods.kopru_session_export_state(handle, out state, out len));
            return Utf8.Take(state, len);
        }

        /// <summary>Unix time now in milliseconds, for the <c>nowMs</c> arguments.</summary>
        public static ulong NowMs()
        {
            return (ulong)(DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMilliseconds;
        }

        /// <summary>Frees the native session.</summary>
        public void Dispose() { handle.Dispose(); }
    }
}
