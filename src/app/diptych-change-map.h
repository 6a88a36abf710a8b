/* diptych-change-map.h: where the changes are in a whole article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-diff.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_CHANGE_MAP (diptych_change_map_get_type ())

G_DECLARE_FINAL_TYPE (DiptychChangeMap, diptych_change_map, DIPTYCH, CHANGE_MAP, GtkWidget)

GtkWidget   *diptych_change_map_new             (void);
GtkTextView *diptych_change_map_get_view        (DiptychChangeMap *self);
void         diptych_change_map_set_view        (DiptychChangeMap *self,
                                                 GtkTextView      *view);
void         diptych_change_map_set_changes     (DiptychChangeMap *self,
                                                 DiptychDiff      *diff,
                                                 GArray           *shown,
                                                 gboolean          right);
guint        diptych_change_map_get_n_marks     (DiptychChangeMap *self);
gboolean     diptych_change_map_get_mark_extent (DiptychChangeMap *self,
                                                 guint             index,
                                                 double           *top,
                                                 double           *bottom);
void         diptych_change_map_scroll_to       (DiptychChangeMap *self,
                                                 double            y);

G_END_DECLS
