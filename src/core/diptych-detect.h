/* diptych-detect.h: suggestions of casualty figures, sources and claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation.h"
#include "diptych-suggestion.h"

G_BEGIN_DECLS

GPtrArray         *diptych_detect_suggestions   (DiptychText             *text,
                                                 GCancellable            *cancellable);
void               diptych_detect_suggestions_async  (DiptychText             *text,
                                                      GCancellable            *cancellable,
                                                      GAsyncReadyCallback      callback,
                                                      gpointer                 user_data);
GPtrArray         *diptych_detect_suggestions_finish (GAsyncResult            *result,
                                                      GError                 **error);

G_END_DECLS
