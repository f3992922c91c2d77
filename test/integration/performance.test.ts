import { describeTyping } from './typing';

describeTyping(1_000_000, 'typing');
