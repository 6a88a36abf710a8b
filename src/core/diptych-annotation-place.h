/* diptych-annotation-place.h: placing an article's annotations in its
 * text as it is now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation.h"

G_BEGIN_DECLS

void diptych_annotation_place_all (GPtrArray   *annotations,
                                   DiptychText *text,
                                   gboolean     saved_with_text);

G_END_DECLS
