/* diptych-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-sidebar.h"
#include "diptych-window.h"

G_BEGIN_DECLS

typedef struct _DiptychWindowSuggestions DiptychWindowSuggestions;

struct _DiptychWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;
  DiptychSide           chooser_side;
  gboolean              chooser_pair;
  GFile                *chosen_left;  /* Open Pair: the original, while the copy is chosen */

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
  AdwFlap              *flap;
  GtkWidget            *sidebar_button;
  GtkWidget            *sidebar;
  GtkRevealer          *changed_banner;
  GtkLabel             *changed_label;
  GtkRevealer          *problem_banner;
  GtkLabel             *problem_label;
  GtkButton            *problem_button;

  DiptychAnnotationDocument *documents[2];  /* of the articles shown; one when both are the same file */
  DiptychAnnotationHistory  *history;
  GCancellable         *open_cancellable;  /* the pair being opened */
  guint                 loading_timeout;   /* shows the spinner for a long open */

  DiptychMarkController *marks;
  guint                 n_closing_saves;  /* saves to wait for before closing */
  gboolean              closing_confirmed;
  gboolean              close_after_save_as;  /* the close dialog's Save As */

  DiptychWindowSuggestions *suggestions;  /* diptych-window-suggestions.c */
};

void     _diptych_window_class_init_annotations (GtkWidgetClass *widget_class);
void     _diptych_window_class_init_save_diff   (GtkWidgetClass *widget_class);
void     _diptych_window_attach_documents       (DiptychWindow  *self);
void     _diptych_window_dispose_annotations    (DiptychWindow  *self);
void     _diptych_window_init_annotations       (DiptychWindow  *self);
gboolean _diptych_window_confirm_close          (DiptychWindow  *self);
void     _diptych_window_show_sidebar           (DiptychWindow  *self);
void     _diptych_window_toggle_sidebar         (DiptychWindow  *self);

void       _diptych_window_class_init_suggestions (GtkWidgetClass        *widget_class);
void       _diptych_window_init_suggestions       (DiptychWindow         *self);
void       _diptych_window_dispose_suggestions    (DiptychWindow         *self);
void       _diptych_window_update_suggestions     (DiptychWindow         *self);
gboolean   _diptych_window_next_suggestion        (DiptychWindow         *self,
                                                   int                    direction);
gboolean   _diptych_window_accept_suggestion      (DiptychWindow         *self);
gboolean   _diptych_window_reject_suggestion      (DiptychWindow         *self);
gboolean   _diptych_window_go_to_listed_suggestion  (DiptychWindow      *self,
                                                     guint               position);
gboolean   _diptych_window_accept_listed_suggestion (DiptychWindow      *self,
                                                     guint               position);
gboolean   _diptych_window_reject_listed_suggestion (DiptychWindow      *self,
                                                     guint               position);
guint      _diptych_window_accept_all_suggestions (DiptychWindow         *self,
                                                   DiptychAnnotationKind  kind);
GPtrArray *_diptych_window_get_suggestions        (DiptychWindow         *self,
                                                   DiptychSide            side);
gboolean   _diptych_window_is_detecting           (DiptychWindow         *self);

G_END_DECLS
