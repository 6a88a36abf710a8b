/* diptych-text-view.h: a read-only source view that outlines a range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define DIPTYCH_TYPE_TEXT_VIEW (diptych_text_view_get_type ())

G_DECLARE_FINAL_TYPE (DiptychTextView, diptych_text_view, DIPTYCH, TEXT_VIEW, GtkSourceView)

GtkWidget *diptych_text_view_new           (void);
void       diptych_text_view_set_outline   (DiptychTextView *self,
                                            gint             start,
                                            gint             end);
gboolean   diptych_text_view_get_outline   (DiptychTextView *self,
                                            gint            *start,
                                            gint            *end);
void       diptych_text_view_set_mark_outline (DiptychTextView *self,
                                               gint             start,
                                               gint             end);
gboolean   diptych_text_view_get_mark_outline (DiptychTextView *self,
                                               gint            *start,
                                               gint            *end);
gint       diptych_text_view_get_top_offset (DiptychTextView *self);
void       diptych_text_view_set_suggestions (DiptychTextView *self,
                                              GPtrArray       *suggestions);
void       diptych_text_view_scroll_to_offset (DiptychTextView *self,
                                               gint             offset,
                                               gint             y_in_view);

G_END_DECLS
