/* diptych-text-pane.h: one side of a pair: title, text or what went wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-annotation-layer.h"
#include "diptych-change-map.h"
#include "diptych-text.h"
#include "diptych-text-view.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_SIDE_LEFT,
  DIPTYCH_SIDE_RIGHT,
} DiptychSide;

#define DIPTYCH_TYPE_TEXT_PANE (diptych_text_pane_get_type ())

G_DECLARE_FINAL_TYPE (DiptychTextPane, diptych_text_pane, DIPTYCH, TEXT_PANE, GtkWidget)

GtkWidget       *diptych_text_pane_new          (DiptychSide      side);
void             diptych_text_pane_set_text     (DiptychTextPane *self,
                                                 DiptychText     *text);
void             diptych_text_pane_begin_text   (DiptychTextPane *self,
                                                 DiptychText     *text);
gboolean         diptych_text_pane_fill         (DiptychTextPane *self,
                                                 gint64           deadline);
gboolean         diptych_text_pane_get_filling  (DiptychTextPane *self);
void             diptych_text_pane_clear        (DiptychTextPane *self);
void             diptych_text_pane_set_error    (DiptychTextPane *self,
                                                 GFile           *file,
                                                 const GError    *error);
DiptychText     *diptych_text_pane_get_text     (DiptychTextPane *self);
GFile           *diptych_text_pane_get_file     (DiptychTextPane *self);
const char      *diptych_text_pane_get_error    (DiptychTextPane *self);
DiptychTextView *diptych_text_pane_get_view     (DiptychTextPane *self);
GtkTextBuffer   *diptych_text_pane_get_buffer   (DiptychTextPane *self);
DiptychAnnotationLayer *
                 diptych_text_pane_get_layer    (DiptychTextPane *self);
DiptychChangeMap *
                 diptych_text_pane_get_change_map (DiptychTextPane *self);

G_END_DECLS
