/* diptych-text-view.c: a read-only source view that outlines a range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-text-view"

#include "config.h"

#include <adwaita.h>

#include "diptych-detect.h"
#include "diptych-text-view.h"

struct _DiptychTextView
{
  GtkSourceView parent_instance;

  /* The range outlined (the current change), in characters; -1 for none. */
  gint          outline_start;
  gint          outline_end;
  /* The selected mark, framed apart. */
  gint          mark_start;
  gint          mark_end;

  /* Suggestions (DiptychSuggestion, in text order): dashed outlines. */
  GPtrArray    *suggestions;
};

G_DEFINE_FINAL_TYPE (DiptychTextView, diptych_text_view, GTK_SOURCE_TYPE_VIEW)

static void draw_frame (GtkTextView   *text_view,
                        GtkSnapshot   *snapshot,
                        gint           start_offset,
                        gint           end_offset,
                        const GdkRGBA *color,
                        int            pad);

static void draw_dashed (GtkTextView   *text_view,
                         cairo_t       *cr,
                         gint           start_offset,
                         gint           end_offset,
                         const GdkRGBA *color);

static void draw_corners (GtkTextView   *text_view,
                          cairo_t       *cr,
                          gint           start_offset,
                          gint           end_offset,
                          const GdkRGBA *color);

/* The colours of the annotation layer's kinds. */
static void
kind_color (GtkWidget             *widget,
            DiptychAnnotationKind  kind,
            GdkRGBA               *color)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  switch (kind)
    {
    case DIPTYCH_ANNOTATION_SOURCE:
      gdk_rgba_parse (color, dark ? "#99c1f1" : "#1c71d8");
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      gdk_rgba_parse (color, dark ? "#f8e45c" : "#c88800");
      break;
    case DIPTYCH_ANNOTATION_CASUALTY:
    default:
      gdk_rgba_parse (color, dark ? "#f66151" : "#c01c28");
      break;
    }
}

/* The suggestions in the visible part only: a long article has thousands.
 * Figures and sources are outlined; a claim, most of a paragraph, only
 * has corners at its start and end, unless the caret is in it.
 */
static void
snapshot_suggestions (DiptychTextView *self,
                      GtkSnapshot     *snapshot)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GdkRectangle visible;
  GtkTextIter top, bottom;
  gint first, last, caret;
  guint lo = 0, hi;
  cairo_t *cr;

  if (self->suggestions == NULL || self->suggestions->len == 0)
    return;

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (text_view), &top,
                                    gtk_text_buffer_get_insert (gtk_text_view_get_buffer (text_view)));
  caret = gtk_text_iter_get_offset (&top);

  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_at_location (text_view, &top, visible.x, visible.y);
  gtk_text_view_get_iter_at_location (text_view, &bottom, visible.x + visible.width,
                                      visible.y + visible.height);
  gtk_text_iter_forward_to_line_end (&bottom);
  first = gtk_text_iter_get_offset (&top);
  last = gtk_text_iter_get_offset (&bottom);

  /* The first suggestion that ends after the top; suggestions are sorted
   * by start and rarely long, so a few before it are checked too.
   */
  hi = self->suggestions->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const DiptychSuggestion *s = g_ptr_array_index (self->suggestions, mid);

      if ((gint)s->start < first)
        lo = mid + 1;
      else
        hi = mid;
    }
  lo = lo > 8 ? lo - 8 : 0;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (visible.x, visible.y,
                                                                 visible.width, visible.height));
  for (guint i = lo; i < self->suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (self->suggestions, i);
      GdkRGBA color;

      if ((gint)s->start > last)
        break;
      if ((gint)s->end < first)
        continue;
      kind_color (GTK_WIDGET (self), s->kind, &color);
      if (s->kind == DIPTYCH_ANNOTATION_CLAIM && !((gint)s->start <= caret && caret <= (gint)s->end))
        draw_corners (text_view, cr, s->start, s->end, &color);
      else
        draw_dashed (text_view, cr, s->start, s->end, &color);
    }
  cairo_destroy (cr);
}

static void
diptych_text_view_snapshot_layer (GtkTextView      *text_view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  DiptychTextView *self = (DiptychTextView *)text_view;
  GdkRGBA color;

  GTK_TEXT_VIEW_CLASS (diptych_text_view_parent_class)->snapshot_layer (text_view, layer, snapshot);

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    return;

  snapshot_suggestions (self, snapshot);

  /* The current change: a frame in the text colour. */
  if (self->outline_start >= 0)
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (text_view)), &color);
      color.alpha = 0.8;
      draw_frame (text_view, snapshot, self->outline_start, self->outline_end, &color, 3);
    }
  /* The selected mark: a frame of its own, in the accent colour, so that
   * both can be seen at once.
   */
  if (self->mark_start >= 0)
    {
      if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (text_view)),
                                           "accent_color", &color))
        gdk_rgba_parse (&color, "#1c71d8");
      draw_frame (text_view, snapshot, self->mark_start, self->mark_end, &color, 1);
    }
}

static void
draw_frame (GtkTextView   *text_view,
            GtkSnapshot   *snapshot,
            gint           start_offset,
            gint           end_offset,
            const GdkRGBA *color,
            int            pad)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;
  GdkRectangle first, last, visible;
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];
  int x, y, width, height;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);
  gtk_text_view_get_iter_location (text_view, &start, &first);
  gtk_text_view_get_iter_location (text_view, &end, &last);
  gtk_text_view_get_visible_rect (text_view, &visible);

  /* One line: around the words. Several: around the lines they span. */
  if (first.y == last.y)
    {
      x = first.x;
      width = MAX (last.x - first.x, 4);
    }
  else
    {
      x = visible.x + gtk_text_view_get_left_margin (text_view) / 2;
      width = MAX (visible.width - gtk_text_view_get_left_margin (text_view), 4);
    }
  y = first.y;
  height = last.y + last.height - first.y;

  for (guint i = 0; i < 4; i++)
    colors[i] = *color;

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x - pad, y - (pad - 2), width + 2 * pad,
                                                        height + 2 * (pad - 2)),
                                   4);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/* A dashed outline around each line of the range. */
static void
draw_dashed (GtkTextView   *text_view,
             cairo_t       *cr,
             gint           start_offset,
             gint           end_offset,
             const GdkRGBA *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  static const double dashes[] = { 3, 2 };
  GtkTextIter iter, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, start_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);

  while (gtk_text_iter_compare (&iter, &end) < 0)
    {
      GdkRectangle a, b;
      GtkTextIter line_end = iter;

      /* To the end of the display line, or of the range. */
      if (!gtk_text_view_forward_display_line_end (text_view, &line_end) ||
          gtk_text_iter_compare (&line_end, &end) > 0)
        line_end = end;
      gtk_text_view_get_iter_location (text_view, &iter, &a);
      gtk_text_view_get_iter_location (text_view, &line_end, &b);
      if (b.x > a.x)
        {
          cairo_rectangle (cr, a.x - 1.5, a.y + 0.5, b.x - a.x + 3, a.height + 1);
          cairo_stroke (cr);
        }
      if (gtk_text_iter_equal (&line_end, &end))
        break;
      iter = line_end;
      if (!gtk_text_view_forward_display_line (text_view, &iter))
        break;
    }
}

/* A corner before the first character and one after the last, in the
 * manner of quotation corners: where a claim starts and ends, quietly.
 */
static void
draw_corners (GtkTextView   *text_view,
              cairo_t       *cr,
              gint           start_offset,
              gint           end_offset,
              const GdkRGBA *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  const double arm = 5;
  GtkTextIter start, end;
  GdkRectangle a, b;
  double x, y;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);
  gtk_text_view_get_iter_location (text_view, &start, &a);
  gtk_text_view_get_iter_location (text_view, &end, &b);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, NULL, 0, 0);

  x = a.x - 1.75;
  y = a.y + 0.75;
  cairo_move_to (cr, x, y + arm);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x + arm, y);

  x = b.x + 1.75;
  y = b.y + b.height + 0.25;
  cairo_move_to (cr, x, y - arm);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x - arm, y);
  cairo_stroke (cr);
}

static void
diptych_text_view_dispose (GObject *object)
{
  DiptychTextView *self = (DiptychTextView *)object;

  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  G_OBJECT_CLASS (diptych_text_view_parent_class)->dispose (object);
}

/**
 * diptych_text_view_set_suggestions:
 * @suggestions: (nullable) (element-type DiptychSuggestion): in text order
 *
 * Outlines each suggestion with a dash in its kind's colour.
 */
void
diptych_text_view_set_suggestions (DiptychTextView *self,
                                   GPtrArray       *suggestions)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_VIEW (self));

  if (suggestions != NULL)
    g_ptr_array_ref (suggestions);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = suggestions;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Entering the article by keyboard: the caret goes where the reader is
 * looking (the first whole line shown), so that Shift+arrows select from
 * there. A caret already in sight, or a selection, stays.
 */
static void
focus_enter_cb (DiptychTextView *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GdkRectangle visible, caret, line;
  GtkTextIter iter;

  if (gtk_text_buffer_get_has_selection (buffer))
    return;

  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (text_view, &iter, &caret);
  if (caret.y >= visible.y && caret.y + caret.height <= visible.y + visible.height)
    return;

  gtk_text_view_get_iter_at_location (text_view, &iter, visible.x, visible.y);
  gtk_text_view_get_iter_location (text_view, &iter, &line);
  if (line.y < visible.y && gtk_text_view_forward_display_line (text_view, &iter))
    gtk_text_view_backward_display_line_start (text_view, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
diptych_text_view_class_init (DiptychTextViewClass *klass)
{
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = diptych_text_view_dispose;

  text_view_class->snapshot_layer = diptych_text_view_snapshot_layer;
}

static void
diptych_text_view_init (DiptychTextView *self)
{
  GtkEventController *focus;

  self->outline_start = -1;
  self->outline_end = -1;
  self->mark_start = -1;
  self->mark_end = -1;

  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 12);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), 4);
  gtk_widget_add_css_class (GTK_WIDGET (self), "diptych-text");

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_enter_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
diptych_text_view_new (void)
{
  return g_object_new (DIPTYCH_TYPE_TEXT_VIEW, NULL);
}

/**
 * diptych_text_view_set_outline:
 * @start: first character, or -1 for no outline
 * @end: end character (exclusive)
 *
 * Draws a frame around a range of the text: the current change.
 */
void
diptych_text_view_set_outline (DiptychTextView *self,
                               gint             start,
                               gint             end)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_VIEW (self));

  self->outline_start = start;
  self->outline_end = start < 0 ? -1 : MAX (start, end);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * diptych_text_view_set_mark_outline:
 * @start: first character, or -1 for none
 * @end: end character (exclusive)
 *
 * Frames the selected mark, apart from the current change's frame.
 */
void
diptych_text_view_set_mark_outline (DiptychTextView *self,
                                    gint             start,
                                    gint             end)
{
  g_return_if_fail (DIPTYCH_IS_TEXT_VIEW (self));

  self->mark_start = start;
  self->mark_end = start < 0 ? -1 : MAX (start, end);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
diptych_text_view_get_mark_outline (DiptychTextView *self,
                                    gint            *start,
                                    gint            *end)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_VIEW (self), FALSE);

  if (start != NULL)
    *start = self->mark_start;
  if (end != NULL)
    *end = self->mark_end;
  return self->mark_start >= 0;
}

gboolean
diptych_text_view_get_outline (DiptychTextView *self,
                               gint            *start,
                               gint            *end)
{
  g_return_val_if_fail (DIPTYCH_IS_TEXT_VIEW (self), FALSE);

  if (start != NULL)
    *start = self->outline_start;
  if (end != NULL)
    *end = self->outline_end;
  return self->outline_start >= 0;
}

/**
 * diptych_text_view_get_top_offset:
 *
 * Returns: the character at the top of the visible area
 */
gint
diptych_text_view_get_top_offset (DiptychTextView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  g_return_val_if_fail (DIPTYCH_IS_TEXT_VIEW (self), 0);

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, visible.x, visible.y);
  return gtk_text_iter_get_offset (&iter);
}

/**
 * diptych_text_view_scroll_to_offset:
 * @y_in_view: where the line of @offset should be, from the top of the
 *   visible area, in pixels
 *
 * Scrolls so that the line holding @offset is at @y_in_view.
 */
void
diptych_text_view_scroll_to_offset (DiptychTextView *self,
                                    gint             offset,
                                    gint             y_in_view)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  GtkTextIter iter;
  GdkRectangle location;

  g_return_if_fail (DIPTYCH_IS_TEXT_VIEW (self));

  if (vadjustment == NULL)
    return;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &iter, offset);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  gtk_adjustment_set_value (vadjustment, location.y - y_in_view);
}
