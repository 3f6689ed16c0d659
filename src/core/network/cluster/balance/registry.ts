import type { BalanceSpec } from '../../config';
import { leastLoaded } from './leastLoaded';
import type { BalanceModule } from './module';

export type BalancePolicyName = BalanceSpec['policy'];

/** Every load-balancing policy under its name: a name without a module (or a mismatched one) does not compile. */
export const BALANCE_POLICIES = {
  leastLoaded,
} as const satisfies { [N in BalancePolicyName]: BalanceModule<N> };

export const BALANCE_NAMES = Object.keys(BALANCE_POLICIES) as BalancePolicyName[];
