using System.Text.Json;
using FlowTest.Model;

namespace FlowTest.Writing;

internal sealed partial class TraceLineWriter
{
    /// <summary>Property names and fixed values, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode(TraceNames.Fields.SchemaVersion);
        public static readonly JsonEncodedText SchemaVersionValue = JsonEncodedText.Encode(TraceNames.SchemaVersion);
        public static readonly JsonEncodedText EventId = JsonEncodedText.Encode(TraceNames.Fields.EventId);
        public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode(TraceNames.Fields.Timestamp);
        public static readonly JsonEncodedText RunId = JsonEncodedText.Encode(TraceNames.Fields.RunId);
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode(TraceNames.Fields.Event);
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode(TraceNames.Fields.Source);
        public static readonly JsonEncodedText Flow = JsonEncodedText.Encode(TraceNames.Fields.Flow);
        public static readonly JsonEncodedText FlowId = JsonEncodedText.Encode(TraceNames.Fields.FlowId);
        public static readonly JsonEncodedText ParentId = JsonEncodedText.Encode(TraceNames.Fields.ParentId);
        public static readonly JsonEncodedText TraceId = JsonEncodedText.Encode(TraceNames.Fields.TraceId);
        public static readonly JsonEncodedText Node = JsonEncodedText.Encode(TraceNames.Fields.Node);
        public static readonly JsonEncodedText Seq = JsonEncodedText.Encode(TraceNames.Fields.Seq);
        public static readonly JsonEncodedText Step = JsonEncodedText.Encode(TraceNames.Fields.Step);
        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode(TraceNames.Fields.Verdict);
        public static readonly JsonEncodedText DurationMs = JsonEncodedText.Encode(TraceNames.Fields.DurationMs);
        public static readonly JsonEncodedText FailureClass = JsonEncodedText.Encode(TraceNames.Fields.FailureClass);
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode(TraceNames.Fields.Severity);
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode(TraceNames.Fields.Reason);
        public static readonly JsonEncodedText Exception = JsonEncodedText.Encode(TraceNames.Fields.Exception);
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode(TraceNames.Fields.Code);
        public static readonly JsonEncodedText Thread = JsonEncodedText.Encode(TraceNames.Fields.Thread);
        public static readonly JsonEncodedText Payload = JsonEncodedText.Encode(TraceNames.Fields.Payload);
        public static readonly JsonEncodedText RedactedFields = JsonEncodedText.Encode(TraceNames.Fields.RedactedFields);
        public static readonly JsonEncodedText Tags = JsonEncodedText.Encode(TraceNames.Fields.Tags);
        public static readonly JsonEncodedText Correlation = JsonEncodedText.Encode(TraceNames.Fields.Correlation);

        public static readonly JsonEncodedText CodeFile = JsonEncodedText.Encode(TraceNames.CodeFields.File);
        public static readonly JsonEncodedText CodeLine = JsonEncodedText.Encode(TraceNames.CodeFields.Line);
        public static readonly JsonEncodedText CodeMember = JsonEncodedText.Encode(TraceNames.CodeFields.Member);

        public static readonly JsonEncodedText ExceptionType = JsonEncodedText.Encode(TraceNames.ExceptionFields.Type);
        public static readonly JsonEncodedText ExceptionMessage = JsonEncodedText.Encode(TraceNames.ExceptionFields.Message);
        public static readonly JsonEncodedText ExceptionStack = JsonEncodedText.Encode(TraceNames.ExceptionFields.Stack);
        public static readonly JsonEncodedText ExceptionFile = JsonEncodedText.Encode(TraceNames.ExceptionFields.File);
        public static readonly JsonEncodedText ExceptionLine = JsonEncodedText.Encode(TraceNames.ExceptionFields.Line);

        public static readonly JsonEncodedText MetricValue = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText MetricUnit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText PayloadError = JsonEncodedText.Encode("_error");

        /// <summary>Indexed by <see cref="EventKind"/>.</summary>
        public static readonly JsonEncodedText[] EventNames = BuildEventNames();

        /// <summary>Indexed by <see cref="FlowVerdict"/>.</summary>
        public static readonly JsonEncodedText[] VerdictNames =
        {
            JsonEncodedText.Encode(TraceNames.VerdictName(FlowVerdict.Incomplete)),
            JsonEncodedText.Encode(TraceNames.VerdictName(FlowVerdict.Success)),
            JsonEncodedText.Encode(TraceNames.VerdictName(FlowVerdict.Failure)),
            JsonEncodedText.Encode(TraceNames.VerdictName(FlowVerdict.Exception)),
            JsonEncodedText.Encode(TraceNames.VerdictName(FlowVerdict.Skipped)),
        };

        private static JsonEncodedText[] BuildEventNames()
        {
            var names = new JsonEncodedText[(int)EventKind.FlowEnded + 1];
            for (var kind = EventKind.RunStarted; kind <= EventKind.FlowEnded; kind++)
            {
                names[(int)kind] = JsonEncodedText.Encode(TraceNames.EventName(kind));
            }

            return names;
        }
    }
}
