/* diptych-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-sidebar.h"
#include "diptych-window.h"

G_BEGIN_DECLS

struct _DiptychWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;
  DiptychSide           chooser_side;
  gboolean              chooser_pair;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *navigation_box;
  GtkWidget            *loading_box;
  GtkSpinner           *loading_spinner;
  GtkLabel             *position_label;
  GtkStack             *stack;
  GtkListBox           *recent_list;
  GtkWidget            *recent_label;
  DiptychPairView      *pair_view;
  GtkLabel             *save_label;
  GtkWidget            *pair_box;
  GtkWidget            *sidebar_separator;
  GtkWidget            *sidebar_button;
  GtkWidget            *sidebar;
  GtkRevealer          *changed_banner;
  GtkLabel             *changed_label;

  DiptychAnnotationDocument *documents[2];  /* of the articles shown; one when both are the same file */
  DiptychAnnotationHistory  *history;
  GCancellable         *open_cancellable;  /* the pair being opened */
  guint                 loading_timeout;   /* shows the spinner for a long open */

  DiptychMarkController *marks;
  guint                 n_closing_saves;  /* saves to wait for before closing */
  gboolean              closing_confirmed;
  char                 *last_problem;  /* the save problem last shown in a toast */
};

void     _diptych_window_class_init_annotations (GtkWidgetClass *widget_class);
void     _diptych_window_class_init_save_diff   (GtkWidgetClass *widget_class);
void     _diptych_window_attach_documents       (DiptychWindow  *self);
void     _diptych_window_dispose_annotations    (DiptychWindow  *self);
void     _diptych_window_init_annotations       (DiptychWindow  *self);
gboolean _diptych_window_confirm_close          (DiptychWindow  *self);

G_END_DECLS
