/* diptych-window.h: a window comparing one article pair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "diptych-diff-save.h"
#include "diptych-export.h"
#include "diptych-mark-controller.h"
#include "diptych-pair-view.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_WINDOW (diptych_window_get_type ())

G_DECLARE_FINAL_TYPE (DiptychWindow, diptych_window, DIPTYCH, WINDOW, AdwApplicationWindow)

DiptychWindow   *diptych_window_new            (GtkApplication *application);
void             diptych_window_open_pair      (DiptychWindow  *self,
                                                GFile          *left,
                                                GFile          *right);
void             diptych_window_open_files     (DiptychWindow  *self,
                                                GFile         **files,
                                                guint           n_files);
DiptychPairView *diptych_window_get_pair_view  (DiptychWindow  *self);
const char      *diptych_window_get_page       (DiptychWindow  *self);
const char      *diptych_window_get_position_text (DiptychWindow *self);
const char      *diptych_window_get_problem_text (DiptychWindow *self);
DiptychMarkController *
                 diptych_window_get_marks      (DiptychWindow  *self);
GtkWidget       *diptych_window_get_sidebar    (DiptychWindow  *self);
gboolean         diptych_window_get_sidebar_folded (DiptychWindow *self);
int              diptych_window_export         (DiptychWindow              *self,
                                                GFile                      *folder,
                                                DiptychExportFormat         format,
                                                const DiptychExportOptions *options,
                                                guint                      *n_overlaps,
                                                GError                    **error);
void             diptych_window_save_diff_async  (DiptychWindow       *self,
                                                  GFile               *file,
                                                  DiptychDiffFormat    format,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean         diptych_window_save_diff_finish (DiptychWindow       *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_END_DECLS
