/* ui-test-util.h: waiting for a real window, and looking at it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-annotation-document.h"
#include "diptych-window.h"

G_BEGIN_DECLS

typedef gboolean (*UiTestCondition) (gpointer data);

gboolean ui_test_init               (int             *argc,
                                     char          ***argv);

void     ui_test_wait_until         (UiTestCondition  condition,
                                     gpointer         data);
gboolean ui_test_widget_is_shown    (gpointer         widget);
gboolean ui_test_pair_is_open       (gpointer         pair_view);
void     ui_test_settle             (void);
void     ui_test_save_screenshot    (GtkWidget       *widget,
                                     const char      *name);
double   ui_test_wait_for_paint     (GtkWidget       *window,
                                     gint64           start);
double   ui_test_time_plain_view    (const char      *text);
char    *ui_test_write_temp         (const char      *contents);
void     ui_test_copy_file          (const char      *from,
                                     const char      *to);
DiptychAnnotationDocument *
         ui_test_document_on        (DiptychWindow   *window,
                                     DiptychSide      side);
gboolean ui_test_documents_loaded   (gpointer         window);
guint    ui_test_write_big_pair     (const char      *article_path,
                                     gsize            size,
                                     char           **left_path,
                                     char           **right_path);

/* Sees how long the main loop goes without answering: a timeout that
 * ticks every few milliseconds records the longest gap between ticks.
 */
typedef struct
{
  gint64 last;
  gint64 longest;
  guint  source;
} UiTestTicker;

void     ui_test_ticker_start       (UiTestTicker    *ticker,
                                     guint            interval_ms);
gint64   ui_test_ticker_take        (UiTestTicker    *ticker);
void     ui_test_ticker_stop        (UiTestTicker    *ticker);

G_END_DECLS
