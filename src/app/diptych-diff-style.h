/* diptych-diff-style.h: how changes look, in the text and between panes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-diff.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_CHANGE_STYLE_DELETE,
  DIPTYCH_CHANGE_STYLE_INSERT,
  DIPTYCH_CHANGE_STYLE_REPLACE,
  DIPTYCH_CHANGE_STYLE_MOVE,
  DIPTYCH_CHANGE_STYLE_FAINT,   /* typography and layout */
  DIPTYCH_N_CHANGE_STYLES
} DiptychChangeStyle;

DiptychChangeStyle  diptych_change_get_style      (const DiptychChange *change);
const char         *diptych_change_style_tag_name (DiptychChangeStyle   style);
void                diptych_change_style_get_color (DiptychChangeStyle  style,
                                                    gboolean            dark,
                                                    GdkRGBA            *color);
void                diptych_diff_style_add_tags   (GtkTextBuffer       *buffer);
void                diptych_diff_style_update_tags (GtkTextBuffer      *buffer,
                                                    gboolean            dark);

G_END_DECLS
