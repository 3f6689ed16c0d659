import { describe, expect, it } from 'vitest';
import { placePopup } from './popupPlacement';

const viewport = { width: 1440, height: 900 };

describe('placePopup', () => {
  it('opens below a button near the top, growing towards the middle', () => {
    expect(placePopup({ top: 100, bottom: 130, left: 1300, right: 1340 }, viewport)).toEqual({
      top: 134,
      maxHeight: 758,
      right: 100,
    });
    expect(placePopup({ top: 100, bottom: 130, left: 20, right: 60 }, viewport)).toEqual({
      top: 134,
      maxHeight: 758,
      left: 20,
    });
  });

  it('opens above a button near the bottom of the viewport', () => {
    expect(placePopup({ top: 800, bottom: 830, left: 1300, right: 1340 }, viewport)).toEqual({
      bottom: 104,
      maxHeight: 788,
      right: 100,
    });
  });
});
