// libFuzzer target: the native JSON event reader (docs/event-format.md) on arbitrary bytes.
// Any input must give a store or located diagnostics: never a crash, a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/native_json/event_reader.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (bool strict : {false, true}) {
        chronomap::LoadResult result =
            chronomap::parse_event_text(text, "fuzz.json", {.strict = strict});
        chronomap::fuzz::check_result(result);
        if (strict && result.store) FUZZ_CHECK(!chronomap::has_errors(result.diagnostics));
        if (!result.store) FUZZ_CHECK(chronomap::has_errors(result.diagnostics));
    }
    return 0;
}
