// What GDAL's KML drivers lose, read from the KML text itself: a TimeSpan "2018-05/2019-02"
// becomes 2018-05-01..2019-02-01 (the month precision and the end cut short), a gYear
// "<when>2017</when>" is dropped, and the document's <name> (the title) is ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronomap {

struct KmlPlacemarkTimes {
    std::string name;                // the Placemark's <name>, entities decoded
    std::string when, begin, end;    // as written; empty when absent
};

struct KmlText {
    std::string document_name;                 // <Document><name>, empty when none
    std::vector<KmlPlacemarkTimes> placemarks;  // in document order
};

// A plain scan (no full XML parse): enough for the times and names Google Earth writes.
KmlText scan_kml_text(std::string_view text);

}  // namespace chronomap
