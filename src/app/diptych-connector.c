/* diptych-connector.c: the strip between the panes joining matching changes
 *
 * For each change in view it draws a band from the lines the change covers
 * on the left to those on the right, as Meld's link map does, so the eye
 * can follow a change across when the two texts are not level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-connector"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-connector.h"
#include "diptych-diff-style.h"

#define CONNECTOR_WIDTH 36

struct _DiptychConnector
{
  GtkWidget    parent_instance;

  GtkTextView *views[2];
  DiptychDiff *diff;
  GArray      *shown;    /* guint: indices of the changes shown, in order */
  gboolean     dark;
  guint        n_drawn;  /* for tests: bands in the last frame */
};

G_DEFINE_FINAL_TYPE (DiptychConnector, diptych_connector, GTK_TYPE_WIDGET)

/* The vertical extent of a range of a view, in the connector's coordinates. */
static void
range_to_connector (DiptychConnector *self,
                    GtkTextView      *view,
                    gsize             start,
                    gsize             end,
                    double           *top,
                    double           *bottom)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start_iter, end_iter;
  GdkRectangle start_rect, end_rect;
  int wx, wy1, wy2;
  double cx, cy1, cy2;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_view_get_iter_location (view, &start_iter, &start_rect);
  gtk_text_view_get_iter_location (view, &end_iter, &end_rect);

  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         0, start_rect.y, &wx, &wy1);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         0, end_rect.y + end_rect.height, &wx, &wy2);
  gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (self), 0, wy1, &cx, &cy1);
  gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (self), 0, wy2, &cx, &cy2);

  *top = cy1;
  *bottom = start == end ? cy1 + 2 : cy2;
}

static void
visible_offsets (GtkTextView *view,
                 gsize       *first,
                 gsize       *last)
{
  GdkRectangle visible;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_at_location (view, &iter, 0, visible.y);
  *first = gtk_text_iter_get_offset (&iter);
  gtk_text_view_get_iter_at_location (view, &iter, visible.width, visible.y + visible.height);
  gtk_text_iter_forward_line (&iter);
  *last = gtk_text_iter_get_offset (&iter);
}

/* The first shown change whose left end is at or after @offset. */
static guint
first_shown_from (DiptychConnector *self,
                  gsize             offset,
                  gboolean          right)
{
  guint lo = 0, hi = self->shown->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const DiptychChange *c = diptych_diff_get_change (self->diff,
                                                        g_array_index (self->shown, guint, mid));
      gsize end = right ? c->right_end : c->left_end;

      if (end < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
draw_band (DiptychConnector    *self,
           cairo_t             *cr,
           const DiptychChange *change,
           double               width)
{
  double lt, lb, rt, rb;
  GdkRGBA color;

  range_to_connector (self, self->views[0], change->left_start, change->left_end, &lt, &lb);
  range_to_connector (self, self->views[1], change->right_start, change->right_end, &rt, &rb);

  diptych_change_style_get_color (diptych_change_get_style (change), self->dark, &color);

  cairo_move_to (cr, 0, lt);
  cairo_curve_to (cr, width / 2, lt, width / 2, rt, width, rt);
  cairo_line_to (cr, width, rb);
  cairo_curve_to (cr, width / 2, rb, width / 2, lb, 0, lb);
  cairo_close_path (cr);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.22);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.7);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  self->n_drawn++;
}

static void
diptych_connector_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  DiptychConnector *self = (DiptychConnector *)widget;
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr(GHashTable) drawn = NULL;
  gsize first[2], last[2];
  cairo_t *cr;

  self->n_drawn = 0;
  if (self->diff == NULL || self->shown == NULL || self->shown->len == 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->views[0])) ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->views[1])))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  drawn = g_hash_table_new (NULL, NULL);

  /* The changes in view on the left, then those in view on the right only. */
  for (guint side = 0; side < 2; side++)
    {
      visible_offsets (self->views[side], &first[side], &last[side]);

      for (guint i = first_shown_from (self, first[side], side == 1); i < self->shown->len; i++)
        {
          guint index = g_array_index (self->shown, guint, i);
          const DiptychChange *change = diptych_diff_get_change (self->diff, index);
          gsize start = side == 0 ? change->left_start : change->right_start;

          if (start > last[side])
            break;
          if (g_hash_table_contains (drawn, GUINT_TO_POINTER (index + 1)))
            continue;
          g_hash_table_add (drawn, GUINT_TO_POINTER (index + 1));
          draw_band (self, cr, change, width);
        }
    }

  cairo_destroy (cr);
}

static void
diptych_connector_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = CONNECTOR_WIDTH;
  else
    *minimum = *natural = 0;
}

static void
diptych_connector_dispose (GObject *object)
{
  DiptychConnector *self = (DiptychConnector *)object;

  g_clear_object (&self->diff);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_weak_pointer (&self->views[0]);
  g_clear_weak_pointer (&self->views[1]);

  G_OBJECT_CLASS (diptych_connector_parent_class)->dispose (object);
}

static void
diptych_connector_class_init (DiptychConnectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_connector_dispose;
  widget_class->snapshot = diptych_connector_snapshot;
  widget_class->measure = diptych_connector_measure;
  gtk_widget_class_set_css_name (widget_class, "connector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
diptych_connector_init (DiptychConnector *self)
{
}

static void
adjustment_changed_cb (DiptychConnector *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
watch_view (DiptychConnector *self,
            GtkTextView      *view,
            guint             side)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  g_set_weak_pointer (&self->views[side], view);
  g_signal_connect_object (vadjustment, "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment, "changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * diptych_connector_new:
 *
 * The views must already sit in their scrolled windows, so that their
 * adjustments are the ones that scroll.
 */
GtkWidget *
diptych_connector_new (GtkTextView *left,
                       GtkTextView *right)
{
  DiptychConnector *self = g_object_new (DIPTYCH_TYPE_CONNECTOR, NULL);

  watch_view (self, left, 0);
  watch_view (self, right, 1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Where each change went"));

  return GTK_WIDGET (self);
}

/**
 * diptych_connector_set_changes:
 * @shown: (element-type guint): indices of the changes of @diff to draw,
 *   in order
 */
void
diptych_connector_set_changes (DiptychConnector *self,
                               DiptychDiff      *diff,
                               GArray           *shown)
{
  g_return_if_fail (DIPTYCH_IS_CONNECTOR (self));

  g_set_object (&self->diff, diff);
  g_clear_pointer (&self->shown, g_array_unref);
  if (shown != NULL)
    self->shown = g_array_ref (shown);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
diptych_connector_set_dark (DiptychConnector *self,
                            gboolean          dark)
{
  g_return_if_fail (DIPTYCH_IS_CONNECTOR (self));

  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
diptych_connector_get_n_drawn (DiptychConnector *self)
{
  g_return_val_if_fail (DIPTYCH_IS_CONNECTOR (self), 0);

  return self->n_drawn;
}
