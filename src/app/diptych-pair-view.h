/* diptych-pair-view.h: two articles side by side with their aligned diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-diff.h"
#include "diptych-text-pane.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_PAIR_VIEW (diptych_pair_view_get_type ())

G_DECLARE_FINAL_TYPE (DiptychPairView, diptych_pair_view, DIPTYCH, PAIR_VIEW, GtkWidget)

GtkWidget       *diptych_pair_view_new                (void);
void             diptych_pair_view_open_async         (DiptychPairView     *self,
                                                       GFile               *left,
                                                       GFile               *right,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
void             diptych_pair_view_swap_async         (DiptychPairView     *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean         diptych_pair_view_open_finish        (DiptychPairView  *self,
                                                       GAsyncResult     *result,
                                                       GError          **error);
gboolean         diptych_pair_view_get_loading        (DiptychPairView *self);
GFile           *diptych_pair_view_get_file           (DiptychPairView *self,
                                                       DiptychSide      side);
DiptychTextPane *diptych_pair_view_get_pane           (DiptychPairView *self,
                                                       DiptychSide      side);
DiptychDiff     *diptych_pair_view_get_diff           (DiptychPairView *self);
char            *diptych_pair_view_dup_summary        (DiptychPairView *self);
guint            diptych_pair_view_get_n_shown        (DiptychPairView *self);
gint             diptych_pair_view_get_current        (DiptychPairView *self);
const DiptychChange *
                 diptych_pair_view_get_shown_change   (DiptychPairView *self,
                                                       guint            position);
void             diptych_pair_view_select             (DiptychPairView *self,
                                                       gint             position);
void             diptych_pair_view_next_change        (DiptychPairView *self);
void             diptych_pair_view_previous_change    (DiptychPairView *self);
gboolean         diptych_pair_view_get_show_typography (DiptychPairView *self);
void             diptych_pair_view_set_show_typography (DiptychPairView *self,
                                                        gboolean         show);
gboolean         diptych_pair_view_get_link_scrolling (DiptychPairView *self);
void             diptych_pair_view_set_link_scrolling (DiptychPairView *self,
                                                       gboolean         link);
int              diptych_pair_view_get_position       (DiptychPairView *self);
void             diptych_pair_view_set_position       (DiptychPairView *self,
                                                       int              position);
GtkWidget       *diptych_pair_view_get_connector      (DiptychPairView *self);
void             diptych_pair_view_set_font           (DiptychPairView *self,
                                                       const char      *font);

G_END_DECLS
