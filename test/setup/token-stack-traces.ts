// cdktf records where every token was made, for its resolution-error messages, by capturing a stack trace of
// unlimited depth (cdktf/lib/tokens/private/stack-trace.js). Under jest each capture is formatted through jest's
// source-map support, which made a synthesis in a test three to four times slower than outside it. The tests read
// the synthesized JSON, never those records: tokens made in tests record none. A cdktf that moves the module fails
// here, at the require, rather than silently.
import * as stackTrace from 'cdktf/lib/tokens/private/stack-trace';

(stackTrace as { captureStackTrace: () => string[] }).captureStackTrace = () => [];
