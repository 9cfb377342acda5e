// libFuzzer entry point: feeds arbitrary bytes to Parley's reader.
//
// A thrown `ReadError` (invalid UTF-8, NUL bytes, over the size limit) is an expected answer;
// a crash, trap or sanitizer report is the bug this harness looks for.
import ParleyReader

/// The reader, compiled once: it holds only immutable data, so one instance serves every input.
let reader: Reader = {
    do {
        return try Reader()
    } catch {
        fatalError("the shipped lexicon does not load: \(error)")
    }
}()

/// Reads one fuzzer input; always returns 0 (the input is never rejected from the corpus).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? reader.read(bytes: bytes)
    return 0
}
