// One user layer as vectors (SVG, PDF export), in the order and look UserLayerGpu draws it:
// casings of every class, then each class's fill, lines and points; a raster as an image.
// The geometry is the detail level the GPU draws at this zoom (user_layer_detail_for_zoom),
// cut to the frame and thinned to a quarter pixel by VectorPainter.
#pragma once

#include "core/user_layers/user_layer_data.h"
#include "render/frame_context.h"
#include "render/vector_record.h"

namespace chronomap {

// `data` as read (load_user_layer): the GPU copy keeps no CPU geometry or pixels.
void record_user_layer(const FrameContext& frame, const UserLayerData& data, const UserLayerStyle& style,
                       VectorRecord& record);

// The part of a raster the frame shows (one texel beyond), reduced by a whole factor when it
// has more than two texels per device pixel, straight alpha with the layer's opacity in it:
// what GL's mipmapped, linearly filtered texture shows, as an image a file can hold. Sets
// the device box it covers; an empty image when nothing is in view.
Image raster_in_view(const FrameContext& frame, const UserRasterData& raster, double opacity, float& x, float& y,
                     float& w, float& h);

}  // namespace chronomap
