// A session driven over System.Net.Http.HttpClient: the way a .NET caller with its own
// HTTP stack (proxy, handlers, logging) uses Kopru.Session.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;

namespace Kopru.Tests
{
    internal static class HttpClientTransport
    {
        private static readonly HashSet<string> FramingHeaders =
            new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "host", "connection", "content-length" };

        /// <summary>Sends kopru's request JSON; returns the response JSON (status, headers, body).</summary>
        private static string Send(HttpClient http, JsonObject request)
        {
            var message = new HttpRequestMessage(new HttpMethod((string)request.Get("method")), (string)request.Get("url"));
            string contentType = null;
            var headers = new List<KeyValuePair<string, string>>();
            foreach (List<object> header in (List<object>)request.Get("headers"))
            {
                string name = (string)header[0], value = (string)header[1];
                if (FramingHeaders.Contains(name)) continue;
                if (string.Equals(name, "content-type", StringComparison.OrdinalIgnoreCase)) contentType = value;
                else headers.Add(new KeyValuePair<string, string>(name, value));
            }
            var body = request.Get("body") as string;
            if (body != null)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                if (contentType != null) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            foreach (var header in headers) message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            using (HttpResponseMessage response = http.SendAsync(message).GetAwaiter().GetResult())
            {
                var result = new JsonObject();
                result.Set("status", new JsonNumber(((int)response.StatusCode).ToString()));
                var list = new List<object>();
                foreach (var h in response.Headers.Concat(response.Content.Headers))
                    foreach (string value in h.Value) list.Add(new List<object> { h.Key, value });
                result.Set("headers", list);
                byte[] bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                result.Set("body", Encoding.UTF8.GetString(bytes));
                return Json.Write(result);
            }
        }

        /// <summary>Runs a session to its end over HttpClient; returns the result and the request count.</summary>
        public static object Drive(HttpClient http, Session session, string op, string parameters, out int requests)
        {
            string step = session.Start(op, parameters, Session.NowMs());
            requests = 0;
            for (int round = 0; round < 20; round++)
            {
                var parsed = (JsonObject)Json.Parse(step);
                if (parsed.Has("done")) return parsed.Get("done");
                var after = parsed.Get("after_ms") as JsonNumber;
                if (after != null) Thread.Sleep(int.Parse(after.Text));
                requests++;
                string response;
                try
                {
                    response = Send(http, (JsonObject)parsed.Get("send"));
                }
                catch (HttpRequestException e)
                {
                    step = session.TransportFailed(e.Message, false, Session.NowMs());
                    continue;
                }
                step = session.Receive(response, Session.NowMs());
            }
            throw new InvalidOperationException("the session did not end within 20 requests");
        }
    }
}
