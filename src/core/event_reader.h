// The native reader's public entry point lives in core/native_json/event_reader.h.
#pragma once

#include "core/native_json/event_reader.h"
